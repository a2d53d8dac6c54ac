using System.Collections.Immutable;

namespace Ipt.Domain.Suitability;

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
