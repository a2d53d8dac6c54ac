using System.Collections.Immutable;

namespace Ipt.Domain.Measures;

/// <summary>A scored GAD-7. See <see cref="Gad7"/>.</summary>
public sealed class Gad7Score : InstrumentScore
{
    internal Gad7Score(ImmutableArray<int> items, int total, SeverityClassification severity)
        : base(Gad7.Descriptor, items, total, severity, safetyFlag: null)
    {
    }
}
