
namespace Ipt.Domain.Suitability;

/// <summary>
/// What the screener needs to know about a person. Contains no names and no free text. Age is in whole years.
/// </summary>
public sealed record SuitabilityInput
{
    /// <summary>Presenting problems and diagnoses.</summary>
    public required PresentingConditions Conditions { get; init; }

    /// <summary>Age in whole years (0–130).</summary>
    public required int AgeYears { get; init; }

    /// <summary>Risks recorded at screening.</summary>
    public ClinicalRisks Risks { get; init; }

    /// <summary>Current depressive severity, when rated.</summary>
    public DepressionSeverity Severity { get; init; }

    /// <summary>
    /// Whether the person can see their own part in their relationship problems; null when not assessed. Not a manual
    /// criterion (C21): it only ever produces an informational note.
    /// </summary>
    public bool? SeesOwnPartInRelationships { get; init; }

    /// <summary>Relationship context.</summary>
    public RelationshipContext Relationships { get; init; }

    /// <summary>Perinatal status.</summary>
    public PerinatalStatus Perinatal { get; init; }

    /// <summary>The person prefers a group format.</summary>
    public bool PrefersGroup { get; init; }

    /// <summary>The service is a low-resource setting (lay or non-specialist facilitators).</summary>
    public bool LowResourceSetting { get; init; }

    /// <summary>On mood-stabilising medication (relevant to bipolar disorder).</summary>
    public bool OnMoodStabilisingMedication { get; init; }

    /// <summary>Currently in remission after acute treatment (relevant to maintenance).</summary>
    public bool CurrentlyInRemission { get; init; }

    /// <summary>Unlikely to attend a full 12–16 session course (overwhelmed, low income, perinatal).</summary>
    public bool UnlikelyToAttendFullCourse { get; init; }

    internal bool Has(PresentingConditions c) => (Conditions & c) != 0;

    internal bool Has(ClinicalRisks r) => (Risks & r) != 0;

    internal bool IsAdolescent => AgeYears >= ScreeningThresholds.AdolescentMinimumAge && AgeYears <= ScreeningThresholds.AdolescentMaximumAge;

    internal bool HasDepressiveCondition => Has(ScreeningThresholds.DepressiveConditions);

    internal bool IsBipolar => Has(PresentingConditions.BipolarI | PresentingConditions.BipolarII);
}
