using System.Collections.Generic;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Formulation;

/// <summary>
/// One important person in the interpersonal inventory (brief §4.2 [S05][S06][S08]). Identified by a
/// caller-chosen <see cref="PersonId"/> and a redacted <see cref="PersonLabel"/>; never by a required name.
/// </summary>
public sealed record InventoryPerson
{
    /// <summary>Identifier within the inventory.</summary>
    public required PersonId Id { get; init; }

    /// <summary>The clinician's label for the person; never printed.</summary>
    public required PersonLabel Label { get; init; }

    /// <summary>Relationship to the patient.</summary>
    public required RelationshipKind Kind { get; init; }

    /// <summary>Place in the closeness circle.</summary>
    public ClosenessRing Ring { get; init; } = ClosenessRing.Innermost;

    /// <summary>Support the relationship gives.</summary>
    public SupportLevel Support { get; init; }

    /// <summary>Conflict in the relationship.</summary>
    public ConflictLevel Conflict { get; init; }

    /// <summary>Whether mutual expectations match.</summary>
    public MutualExpectations Expectations { get; init; }

    /// <summary>Satisfying aspects.</summary>
    public IReadOnlyList<RelationshipAspect> Satisfying { get; init; } = [];

    /// <summary>Unsatisfying aspects.</summary>
    public IReadOnlyList<RelationshipAspect> Unsatisfying { get; init; } = [];

    /// <summary>How the relationship changed around onset.</summary>
    public OnsetChange ChangeAroundOnset { get; init; }

    /// <summary>True for a past relationship reviewed for patterns (the inventory focuses on the present [S05][S06]).</summary>
    public bool IsPastRelationship { get; init; }

    /// <summary>Private notes on the relationship; never printed.</summary>
    public PrivateNote? Notes { get; init; }

    /// <summary>How the patient communicates with this person [S05][S06]; null when not recorded.</summary>
    public CommunicationStyle? Communication { get; init; }

    /// <summary>Capacity for self-assertion with this person [S05][S06]; null when not recorded.</summary>
    public InterpersonalCapacity? Assertion { get; init; }

    /// <summary>Capacity for confrontation with this person [S05][S06]; null when not recorded.</summary>
    public InterpersonalCapacity? Confrontation { get; init; }

    /// <summary>Capacity for expressing anger to this person [S05][S06]; null when not recorded.</summary>
    public InterpersonalCapacity? AngerExpression { get; init; }

    /// <summary>Capacity for taking social risks in this relationship [S05][S06]; null when not recorded.</summary>
    public InterpersonalCapacity? SocialRiskTaking { get; init; }

    /// <summary>Whether the difficulties in this relationship look like a cause or a consequence of the episode [S05];
    /// null when not recorded.</summary>
    public EpisodeLink? DifficultiesAndEpisode { get; init; }
}
