using System.Collections.Immutable;

namespace Ipt.Domain.Measures;

/// <summary>
/// A scored HAM-D-17. <see cref="InstrumentScore.Severity"/> uses the Zimmerman 2013 bands;
/// <see cref="TraditionalSeverity"/> the traditional ones. Each carries its band-set id (C23).
/// </summary>
public sealed class HamD17Score : InstrumentScore
{
    internal HamD17Score(ImmutableArray<int> items, int total, SeverityClassification zimmerman, SeverityClassification traditional, SafetyFlag? safetyFlag)
        : base(HamD17.Descriptor, items, total, zimmerman, safetyFlag) => TraditionalSeverity = traditional;

    /// <summary>The total's band under the traditional convention (<c>hamd17-traditional</c>).</summary>
    public SeverityClassification TraditionalSeverity { get; }
}
