using System.Collections.Immutable;

namespace Ipt.Domain.Measures;

/// <summary>A scored PHQ-9. See <see cref="Phq9"/>.</summary>
public sealed class Phq9Score : InstrumentScore
{
    internal Phq9Score(ImmutableArray<int> items, int total, SeverityClassification severity, SafetyFlag? safetyFlag)
        : base(Phq9.Descriptor, items, total, severity, safetyFlag)
    {
    }
}
