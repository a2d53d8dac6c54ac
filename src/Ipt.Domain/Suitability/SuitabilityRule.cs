using System;

namespace Ipt.Domain.Suitability;

/// <summary>
/// One row of the screening table: a fixed <see cref="ScreeningReason"/> and the condition under which it applies.
/// Rows are immutable and shared; the predicate is a static lambda over the input and the recommended variant.
/// </summary>
public sealed class SuitabilityRule
{
    private readonly Func<SuitabilityInput, string?, bool> _applies;

    internal SuitabilityRule(ScreeningReason reason, Func<SuitabilityInput, string?, bool> applies)
    {
        Reason = reason;
        _applies = applies;
    }

    /// <summary>The reason reported when the rule applies.</summary>
    public ScreeningReason Reason { get; }

    internal bool Applies(SuitabilityInput input, string? variant) => _applies(input, variant);
}

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
