using System.Collections.Generic;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>Detail of a role-dispute focus (<c>PA-DISPUTE</c>) [S14][S19].</summary>
/// <param name="OtherParty">The other party's relationship to the patient.</param>
/// <param name="Stage">The dispute's stage; moves only along <see cref="DisputeStages.Edges"/>.</param>
public sealed record RoleDisputeFocus(RelationshipKind OtherParty, DisputeStage Stage) : ProblemAreaFocus
{
    /// <summary>The other party's relationship to the patient.</summary>
    public RelationshipKind OtherParty { get; init; } = Guard.Against.UndefinedEnum(OtherParty);

    /// <summary>The dispute's current stage.</summary>
    public DisputeStage Stage { get; init; } = Guard.Against.UndefinedEnum(Stage);

    /// <inheritdoc />
    [System.Text.Json.Serialization.JsonIgnore]
    public override ProblemArea Area => ProblemArea.RoleDispute;

    /// <summary>The other party in the inventory, when recorded there.</summary>
    public PersonId? OtherPartyPerson { get; init; }

    /// <inheritdoc />
    [System.Text.Json.Serialization.JsonIgnore]
    public override PersonId? Person => OtherPartyPerson;

    /// <summary>Optional clinician label for the other party; never printed.</summary>
    public PersonLabel? OtherPartyLabel { get; init; }

    /// <summary>The non-reciprocal expectations at the heart of the dispute, as private text.</summary>
    public IReadOnlyList<PrivateNote> NonReciprocalExpectations { get; init; } = [];

    /// <summary>True for a covert (hidden) dispute, found by looking for conflict the inventory omits [S19][S25].</summary>
    public bool IsCovert { get; init; }

    /// <summary>Moves the dispute to another stage along an allowed edge (<see cref="DisputeStages.Move"/>).</summary>
    /// <param name="to">The requested stage.</param>
    /// <returns>The focus at the new stage, or the edge error; this instance is unchanged either way.</returns>
    public Result<RoleDisputeFocus> MoveTo(DisputeStage to)
    {
        Result<DisputeStage> moved = DisputeStages.Move(Stage, to);
        return moved.IsSuccess ? this with { Stage = moved.Value } : Result<RoleDisputeFocus>.Failure(moved.Error);
    }
}
