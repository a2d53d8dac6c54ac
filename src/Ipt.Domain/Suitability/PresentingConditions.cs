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
