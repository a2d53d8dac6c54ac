using System.Collections.Immutable;

namespace Ipt.Domain.Measures;

/// <summary>
/// What a caller states to add an item-summed instrument of their own to an <see cref="InstrumentCatalog"/>: its code,
/// items and their ranges, bands, safety item and outcome criteria, with sources. Turned into an
/// <see cref="Instrument"/> by <see cref="Instrument.Define"/>, which checks it.
/// </summary>
public sealed record InstrumentDefinition
{
    /// <summary>Stable lower-case code (letters, digits and hyphens), e.g. <c>qids-sr16</c>; unique in a catalogue.</summary>
    public required string Code { get; init; }

    /// <summary>Name as clinicians write it, used in messages, e.g. <c>QIDS-SR16</c>.</summary>
    public required string DisplayName { get; init; }

    /// <summary>Version of the scoring rules (the published form).</summary>
    public required string Version { get; init; }

    /// <summary>Who completes the instrument.</summary>
    public InstrumentRater Rater { get; init; }

    /// <summary>Short clinician-facing label of each item, in item order.</summary>
    public required ImmutableArray<string> ItemLabels { get; init; }

    /// <summary>Highest score of each item (every item starts at 0), in item order.</summary>
    public required ImmutableArray<int> ItemMaxima { get; init; }

    /// <summary>The period the answers refer to, e.g. <c>last 7 days</c>.</summary>
    public required string RecallPeriod { get; init; }

    /// <summary>Severity bands over the whole total range (0 to the sum of the item maxima), for this code.</summary>
    public required SeverityBandSet Bands { get; init; }

    /// <summary>Sources of the instrument's rules.</summary>
    public required string SourceTags { get; init; }

    /// <summary>LOINC code of the total score where one is confirmed; null otherwise.</summary>
    public string? LoincTotalScoreCode { get; init; }

    /// <summary>The safety item, or null when the instrument has none.</summary>
    public SafetyItemRule? SafetyItem { get; init; }

    /// <summary>Response and remission criteria used when a caller names none, or null.</summary>
    public OutcomeCriteria? DefaultOutcomeCriteria { get; init; }
}
