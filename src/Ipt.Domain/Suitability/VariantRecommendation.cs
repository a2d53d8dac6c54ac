using System;

namespace Ipt.Domain.Suitability;

/// <summary>One row of the variant table: the protocol id recommended when the row matches first.</summary>
public sealed class VariantRecommendation
{
    private readonly Func<SuitabilityInput, bool> _when;

    internal VariantRecommendation(string protocolId, ScreeningReason reason, Func<SuitabilityInput, bool> when)
    {
        ProtocolId = protocolId;
        Reason = reason;
        _when = when;
    }

    /// <summary>Protocol id of the variant.</summary>
    public string ProtocolId { get; }

    /// <summary>Why this variant is chosen.</summary>
    public ScreeningReason Reason { get; }

    internal bool Matches(SuitabilityInput input) => _when(input);
}
