using System;

namespace Ipt.Domain.Suitability;

/// <summary>Presenting problems and diagnoses considered at screening. Several may be set at once.</summary>
[Flags]
public enum PresentingConditions
{
    /// <summary>No condition recorded.</summary>
    None = 0,

    /// <summary>Major depression (current episode).</summary>
    MajorDepression = 1 << 0,

    /// <summary>Recurrent depression.</summary>
    RecurrentDepression = 1 << 1,

    /// <summary>Persistent depressive disorder (dysthymia).</summary>
    PersistentDepressiveDisorder = 1 << 2,

    /// <summary>Bipolar I disorder.</summary>
    BipolarI = 1 << 3,

    /// <summary>Bipolar II disorder.</summary>
    BipolarII = 1 << 4,

    /// <summary>Perinatal depression (in pregnancy or postpartum).</summary>
    PerinatalDepression = 1 << 5,

    /// <summary>Post-traumatic stress disorder (chronic).</summary>
    Ptsd = 1 << 6,

    /// <summary>Bulimia nervosa.</summary>
    BulimiaNervosa = 1 << 7,

    /// <summary>Binge-eating disorder.</summary>
    BingeEatingDisorder = 1 << 8,

    /// <summary>An anxiety disorder as the primary treatment target.</summary>
    AnxietyDisorderPrimary = 1 << 9,

    /// <summary>Substance use disorder as a treatment target.</summary>
    SubstanceUseDisorder = 1 << 10,

    /// <summary>Psychosis or schizophrenia-spectrum disorder.</summary>
    PsychosisOrSchizophrenia = 1 << 11,

    /// <summary>Personality difficulties with emotional inhibition or avoidance (non-borderline).</summary>
    PersonalityDifficultiesWithEmotionalInhibition = 1 << 12,

    /// <summary>Distress below full syndromal criteria, seen in primary care.</summary>
    SubthresholdDistressInPrimaryCare = 1 << 13,

    /// <summary>Depression related to bereavement (including late-life bereavement).</summary>
    BereavementRelatedDepression = 1 << 14,
}

/// <summary>Risks recorded at screening.</summary>
[Flags]
public enum ClinicalRisks
{
    /// <summary>No risk recorded.</summary>
    None = 0,

    /// <summary>Acute suicidality.</summary>
    AcuteSuicidality = 1 << 0,

    /// <summary>Homicidal ideation or acute risk to others.</summary>
    Homicidality = 1 << 1,

    /// <summary>Current psychotic symptoms.</summary>
    Psychosis = 1 << 2,

    /// <summary>Active substance misuse.</summary>
    ActiveSubstanceMisuse = 1 << 3,

    /// <summary>Severe PTSD.</summary>
    SeverePtsd = 1 << 4,

    /// <summary>Treatment-resistant depression.</summary>
    TreatmentResistantDepression = 1 << 5,

    /// <summary>Intellectual disability.</summary>
    IntellectualDisability = 1 << 6,

    /// <summary>An acute crisis needing stabilisation first.</summary>
    AcuteCrisis = 1 << 7,
}

/// <summary>Relationship context relevant to the choice of format.</summary>
[Flags]
public enum RelationshipContext
{
    /// <summary>Nothing recorded.</summary>
    None = 0,

    /// <summary>Conflict with the partner is central to the episode.</summary>
    CoupleConflictCentral = 1 << 0,

    /// <summary>The partner is willing to attend sessions.</summary>
    PartnerWillingToAttend = 1 << 1,
}

/// <summary>Perinatal status.</summary>
public enum PerinatalStatus
{
    /// <summary>Not pregnant and not postpartum.</summary>
    NotPerinatal = 0,

    /// <summary>Pregnant.</summary>
    Pregnant = 1,

    /// <summary>Postpartum.</summary>
    Postpartum = 2,
}

/// <summary>Clinician's rating of current depressive severity, when made.</summary>
public enum DepressionSeverity
{
    /// <summary>Not rated.</summary>
    NotRated = 0,

    /// <summary>Mild.</summary>
    Mild = 1,

    /// <summary>Moderate.</summary>
    Moderate = 2,

    /// <summary>Severe.</summary>
    Severe = 3,
}

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

/// <summary>The numbers the screener uses, with their sources. Clinical numbers live here, not in rule branches.</summary>
public static class ScreeningThresholds
{
    /// <summary>Lowest age for IPT-A: 12 years [S40].</summary>
    public const int AdolescentMinimumAge = 12;

    /// <summary>Highest age for IPT-A: 18 years [S40]. An 18-year-old is screened as an adolescent.</summary>
    public const int AdolescentMaximumAge = 18;

    /// <summary>Highest accepted age; above it the input is treated as a caller error.</summary>
    public const int MaximumAge = 130;

    /// <summary>Conditions counted as depressive for adaptation choice (§18.1).</summary>
    public const PresentingConditions DepressiveConditions =
        PresentingConditions.MajorDepression | PresentingConditions.RecurrentDepression
        | PresentingConditions.PersistentDepressiveDisorder | PresentingConditions.PerinatalDepression
        | PresentingConditions.BereavementRelatedDepression;
}
