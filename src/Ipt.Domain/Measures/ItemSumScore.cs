using System.Collections.Immutable;

namespace Ipt.Domain.Measures;

/// <summary>A scored answer set of an instrument defined through <see cref="Instrument.Define"/>: items summed, the
/// total classified with the instrument's bands, the safety item checked.</summary>
public sealed class ItemSumScore : InstrumentScore
{
    internal ItemSumScore(InstrumentDescriptor instrument, ImmutableArray<int> items, int total, SeverityClassification severity, SafetyFlag? safetyFlag)
        : base(instrument, items, total, severity, safetyFlag)
    {
    }
}
