using System.Collections.Generic;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>Detail of an IPT-A 1993 single-parent-family focus [S42]. The manual's detail for this area was not retrieved.</summary>
/// <param name="ResidentParent">The parent the adolescent lives with.</param>
public sealed record SingleParentFamilyFocus(RelationshipKind ResidentParent) : ProblemAreaFocus
{
    /// <summary>The parent the adolescent lives with.</summary>
    public RelationshipKind ResidentParent { get; init; } = Guard.Against.UndefinedEnum(ResidentParent);

    /// <inheritdoc />
    [System.Text.Json.Serialization.JsonIgnore]
    public override ProblemArea Area => ProblemArea.SingleParentFamily;

    /// <summary>Optional private description of the family situation.</summary>
    public PrivateNote? Situation { get; init; }
}
