using Ipt.Domain.Primitives;
using System.Collections.Immutable;

namespace Ipt.Domain.Suitability;

/// <summary>The overall screening answer.</summary>
public enum SuitabilityOutcome
{
    /// <summary>An indicated condition, no exclusion and no caution.</summary>
    Suitable = 0,

    /// <summary>An indicated condition and no exclusion, but at least one caution to weigh.</summary>
    SuitableWithCautions = 1,

    /// <summary>An exclusion applies, or no condition is an evidence-supported indication.</summary>
    NotRecommended = 2,
}

/// <summary>What a screening reason does to the outcome.</summary>
public enum ScreeningReasonKind
{
    /// <summary>An evidence-supported use (§18.1). At least one is needed for a positive outcome.</summary>
    Indication = 0,

    /// <summary>An exclusion (§18.2): the outcome is <see cref="SuitabilityOutcome.NotRecommended"/>.</summary>
    Exclusion = 1,

    /// <summary>A caution: the outcome is at best <see cref="SuitabilityOutcome.SuitableWithCautions"/>.</summary>
    Caution = 2,

    /// <summary>Information for the clinician; does not change the outcome.</summary>
    Note = 3,
}

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

/// <summary>The screener's answer.</summary>
/// <param name="Outcome">Suitable, suitable with cautions, or not recommended.</param>
/// <param name="Reasons">Every indication, exclusion, caution and note that applied, in rule-table order.</param>
/// <param name="RecommendedProtocolId">
/// Protocol id of the recommended variant (<c>ipt</c>, <c>ipt-b</c>, <c>ipt-m</c>, <c>ipc</c>, <c>ipt-a</c>,
/// <c>group-ipt-who</c>, <c>ipt-cm</c>, <c>ipt-perinatal</c>, <c>ipt-ptsd</c>, <c>ipsrt</c>, <c>dit</c>, <c>mit</c>); null
/// when not recommended.
/// </param>
/// <param name="RecommendationReason">Why that variant was chosen; null when none was.</param>
public sealed record ScreeningResult(
    SuitabilityOutcome Outcome,
    ImmutableArray<ScreeningReason> Reasons,
    string? RecommendedProtocolId,
    ScreeningReason? RecommendationReason)
{
    /// <summary>True when a reason with this code applied.</summary>
    /// <param name="code">A reason code.</param>
    public bool HasReason(string code)
    {
        foreach (ScreeningReason r in Reasons)
        {
            if (string.Equals(r.Code, code, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
