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
