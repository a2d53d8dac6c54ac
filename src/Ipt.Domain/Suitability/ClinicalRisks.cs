using System;

namespace Ipt.Domain.Suitability;

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
