using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Measures;

/// <summary>A scored EPDS. <see cref="InstrumentScore.Items"/> holds the item scores after reverse scoring. See <see cref="Epds"/>.</summary>
public sealed class EpdsScore : InstrumentScore
{
    internal EpdsScore(
        ImmutableArray<int> responsePositions, ImmutableArray<int> items, int total, SeverityClassification severity, SafetyFlag? safetyFlag)
        : base(Epds.Descriptor, items, total, severity, safetyFlag) => ResponsePositions = responsePositions;

    /// <summary>The answers as given: response positions (0 = top response), in item order.</summary>
    public ImmutableArray<int> ResponsePositions { get; }
}
