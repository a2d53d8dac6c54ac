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
