using System;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Formulation;

/// <summary>One focus of a formulation: the chosen area and its area-specific detail.</summary>
/// <param name="Area">The chosen problem area.</param>
/// <param name="Detail">The detail; must be the case for <paramref name="Area"/> (checked by <see cref="InterpersonalFormulation.Check"/>).</param>
public sealed record FormulationFocus(ProblemArea Area, ProblemAreaFocus Detail)
{
    /// <summary>The chosen problem area.</summary>
    public ProblemArea Area { get; init; } = Guard.Against.UndefinedEnum(Area);

    /// <summary>The area-specific detail.</summary>
    public ProblemAreaFocus Detail { get; init; } = Guard.Against.Null(Detail);

    /// <summary>A focus on the area the detail belongs to.</summary>
    /// <param name="detail">The detail.</param>
    /// <exception cref="ArgumentNullException"><paramref name="detail"/> is null.</exception>
    public static FormulationFocus Of(ProblemAreaFocus detail)
    {
        Guard.Against.Null(detail);
        return new FormulationFocus(detail.Area, detail);
    }
}
