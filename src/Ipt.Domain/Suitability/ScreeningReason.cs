using Ipt.Domain.Primitives;

namespace Ipt.Domain.Suitability;

/// <summary>One reason behind a screening answer.</summary>
/// <param name="Code">Stable dotted code, e.g. <c>suitability.exclusion.psychosis</c>.</param>
/// <param name="Kind">What the reason does to the outcome.</param>
/// <param name="RuleId">The brief's rule id (<c>RULE-01</c> … <c>RULE-14</c>) where one exists; null for indications and notes without one.</param>
/// <param name="SourceTags">Source tags, e.g. <c>[S92][S40]</c>.</param>
/// <param name="Evidence">How firmly the brief supports it.</param>
/// <param name="ContradictionId">Contradiction-register id (e.g. <c>C15</c>) where sources disagree; otherwise null.</param>
/// <param name="Message">Plain-language explanation; fixed text, never caller input.</param>
public sealed record ScreeningReason(
    string Code, ScreeningReasonKind Kind, string? RuleId, string SourceTags, EvidenceStatus Evidence, string? ContradictionId, string Message);
