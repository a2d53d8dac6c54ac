using System.Collections.Generic;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>
/// Detail of DIT's interpersonal-affective focus (related therapy, not IPT): its two confirmed dimensions,
/// an interpersonal focus and an affective focus [S62]. The four-part IPAF is unconfirmed and not modelled.
/// </summary>
/// <param name="InterpersonalPattern">The biased way of seeing self in relation to others, as private text.</param>
/// <param name="Affect">The emotional reaction that drives inflexible behaviour, as private text.</param>
public sealed record InterpersonalAffectiveFocusDetail(PrivateNote InterpersonalPattern, PrivateNote Affect) : ProblemAreaFocus
{
    /// <summary>The interpersonal dimension.</summary>
    public PrivateNote InterpersonalPattern { get; init; } = Guard.Against.Null(InterpersonalPattern);

    /// <summary>The affective dimension.</summary>
    public PrivateNote Affect { get; init; } = Guard.Against.Null(Affect);

    /// <inheritdoc />
    [System.Text.Json.Serialization.JsonIgnore]
    public override ProblemArea Area => ProblemArea.InterpersonalAffectiveFocus;
}
