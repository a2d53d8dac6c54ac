using System.Collections.Immutable;

namespace Ipt.Domain.Measures;

/// <summary>A scored PHQ-A. See <see cref="PhqA"/>.</summary>
public sealed class PhqAScore : InstrumentScore
{
    internal PhqAScore(ImmutableArray<int> items, int total, SeverityClassification severity, SafetyFlag? safetyFlag)
        : base(PhqA.Descriptor, items, total, severity, safetyFlag)
    {
    }
}
