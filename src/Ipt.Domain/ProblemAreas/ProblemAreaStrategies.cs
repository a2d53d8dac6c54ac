using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>The strategy of each problem area, one shared instance per area.</summary>
public static class ProblemAreaStrategies
{
    /// <summary>Every strategy, in <see cref="ProblemArea"/> order.</summary>
    public static IReadOnlyList<IProblemAreaStrategy> All { get; } =
    [
        new GriefStrategy(),
        new RoleDisputeStrategy(),
        new RoleTransitionStrategy(),
        new InterpersonalDeficitsStrategy(),
        new GriefForLostHealthySelfStrategy(),
        new SingleParentFamilyStrategy(),
        new InterpersonalAffectiveFocusStrategy(),
    ];

    /// <summary>The strategy for an area.</summary>
    /// <param name="area">A defined area.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="area"/> is not defined.</exception>
    public static IProblemAreaStrategy For(ProblemArea area) => All[(int)Guard.Against.UndefinedEnum(area)];
}
