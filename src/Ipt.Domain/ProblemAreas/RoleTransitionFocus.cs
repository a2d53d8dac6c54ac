using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>Detail of a role-transition focus (<c>PA-TRANSITION</c>) [S05][S16].</summary>
/// <param name="OldRole">The role left behind, as private text.</param>
/// <param name="NewRole">The role entered, as private text.</param>
/// <param name="Domain">Life domain of the change.</param>
/// <param name="IsPositiveChange">True for a change usually seen as good (promotion, marriage, parenthood): these count too [S16][S53].</param>
public sealed record RoleTransitionFocus(PrivateNote OldRole, PrivateNote NewRole, TransitionDomain Domain, bool IsPositiveChange)
    : ProblemAreaFocus
{
    /// <summary>The role left behind.</summary>
    public PrivateNote OldRole { get; init; } = Guard.Against.Null(OldRole);

    /// <summary>The role entered.</summary>
    public PrivateNote NewRole { get; init; } = Guard.Against.Null(NewRole);

    /// <summary>Life domain of the change.</summary>
    public TransitionDomain Domain { get; init; } = Guard.Against.UndefinedEnum(Domain);

    /// <inheritdoc />
    [System.Text.Json.Serialization.JsonIgnore]
    public override ProblemArea Area => ProblemArea.RoleTransition;

    /// <summary>When the change happened, if known.</summary>
    public DateOnly? ChangedOn { get; init; }
}
