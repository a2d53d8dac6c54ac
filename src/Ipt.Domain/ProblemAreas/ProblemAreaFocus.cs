using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>
/// The area-specific detail a focus carries. A closed hierarchy: the cases are the sealed records below, and
/// no type outside this library can add one. Free text is held only in redacting types
/// (<see cref="PrivateNote"/>, <see cref="PersonLabel"/>), so the printed form of a focus never shows it.
/// </summary>
[System.Text.Json.Serialization.JsonPolymorphic(TypeDiscriminatorPropertyName = "$type", UnknownDerivedTypeHandling = System.Text.Json.Serialization.JsonUnknownDerivedTypeHandling.FailSerialization)]
[System.Text.Json.Serialization.JsonDerivedType(typeof(GriefFocus), "grief")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(RoleDisputeFocus), "role-dispute")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(RoleTransitionFocus), "role-transition")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(InterpersonalDeficitsFocus), "interpersonal-deficits")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(LostHealthySelfFocus), "grief-for-lost-healthy-self")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(SingleParentFamilyFocus), "single-parent-family")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(InterpersonalAffectiveFocusDetail), "interpersonal-affective-focus")]
public abstract record ProblemAreaFocus
{
    private protected ProblemAreaFocus()
    {
    }

    /// <summary>The area this detail belongs to.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public abstract ProblemArea Area { get; }

    /// <summary>The inventory person this focus concerns, when it concerns one; checked against the inventory.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public virtual PersonId? Person => null;
}

/// <summary>Detail of a grief focus (<c>PA-GRIEF</c>) [S01][S05].</summary>
/// <param name="Deceased">How the lost person was related to the patient.</param>
/// <param name="DateOfDeath">Date of the death (or of the loss, for a non-death loss), when known.</param>
/// <param name="Type">Guide 2017 grief type (older labels map through <see cref="GriefTypes"/>).</param>
/// <param name="Loss">A death (the Guide's definition) or another loss (variant-specific, C30).</param>
public sealed record GriefFocus(RelationshipKind Deceased, DateOnly? DateOfDeath, GriefType Type, LossKind Loss = LossKind.Death)
    : ProblemAreaFocus
{
    /// <summary>How the lost person was related to the patient.</summary>
    public RelationshipKind Deceased { get; init; } = Guard.Against.UndefinedEnum(Deceased);

    /// <summary>Guide 2017 grief type.</summary>
    public GriefType Type { get; init; } = Guard.Against.UndefinedEnum(Type);

    /// <summary>A death or another loss.</summary>
    public LossKind Loss { get; init; } = Guard.Against.UndefinedEnum(Loss);

    /// <inheritdoc />
    [System.Text.Json.Serialization.JsonIgnore]
    public override ProblemArea Area => ProblemArea.Grief;

    /// <summary>The inventory person who died, when recorded in the inventory.</summary>
    public PersonId? DeceasedPerson { get; init; }

    /// <inheritdoc />
    [System.Text.Json.Serialization.JsonIgnore]
    public override PersonId? Person => DeceasedPerson;

    /// <summary>
    /// True for a non-death loss: the Guide restricts grief to death [S01][S05]; wider losses belong only to
    /// variants that allow them (C30, <c>FormulationRules.AllowNonDeathGrief</c>).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsVariantSpecific => Loss != LossKind.Death;
}

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

/// <summary>Life domain of a role transition (brief §4.4, §6.3 [S05][S16]).</summary>
public enum TransitionDomain
{
    /// <summary>Job change, job loss, promotion.</summary>
    Work = 0,

    /// <summary>Relationship status: marriage, separation, divorce.</summary>
    Relationship = 1,

    /// <summary>Illness, injury, disability diagnosis.</summary>
    Health = 2,

    /// <summary>Living situation, moving house.</summary>
    Housing = 3,

    /// <summary>Becoming a parent, children leaving home.</summary>
    Parenthood = 4,

    /// <summary>Socio-economic status.</summary>
    SocioEconomic = 5,

    /// <summary>Starting, changing or finishing school or study.</summary>
    Education = 6,

    /// <summary>Migration.</summary>
    Migration = 7,

    /// <summary>Retirement.</summary>
    Retirement = 8,

    /// <summary>Any other change of role.</summary>
    Other = 9,
}

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

/// <summary>Pattern of isolation seen in interpersonal deficits (clinical picture [S02]).</summary>
[Flags]
public enum IsolationPattern
{
    /// <summary>No pattern recorded.</summary>
    None = 0,

    /// <summary>Few social supports or attachments.</summary>
    FewAttachments = 1,

    /// <summary>Impaired social skills.</summary>
    ImpairedSocialSkills = 2,

    /// <summary>Discomfort in social situations.</summary>
    SocialDiscomfort = 4,

    /// <summary>Chronic isolation or loneliness.</summary>
    ChronicIsolation = 8,

    /// <summary>Relationships that are chronically unsatisfying.</summary>
    UnsatisfyingRelationships = 16,
}

/// <summary>How the patient related to others before the episode: needed to tell deficits from episode-driven withdrawal [S23].</summary>
public enum PriorFunctioning
{
    /// <summary>History of prior functioning not yet taken.</summary>
    NotAssessed = 0,

    /// <summary>Adequate relationships before the episode: withdrawal is probably caused by the episode, which is not "deficits" [S23].</summary>
    AdequateBeforeEpisode = 1,

    /// <summary>Limited relationships before the episode.</summary>
    LimitedBeforeEpisode = 2,

    /// <summary>Long-standing paucity of attachments.</summary>
    LongStandingIsolation = 3,
}

/// <summary>Detail of an interpersonal-deficits focus (<c>PA-DEFICITS</c>) [S02].</summary>
/// <param name="Pattern">The pattern of isolation; at least one flag.</param>
/// <param name="PriorFunctioning">Level of prior functioning.</param>
public sealed record InterpersonalDeficitsFocus(IsolationPattern Pattern, PriorFunctioning PriorFunctioning) : ProblemAreaFocus
{
    /// <summary>RULE-08 [S02]: the prognosis note every deficits focus carries.</summary>
    public const string PrognosisNote =
        "Interpersonal deficits have poorer outcomes than the other problem areas; if there is no improvement, consider another psychotherapy or IPT plus medication (RULE-08).";

    private const IsolationPattern AllPatterns = IsolationPattern.FewAttachments | IsolationPattern.ImpairedSocialSkills |
        IsolationPattern.SocialDiscomfort | IsolationPattern.ChronicIsolation | IsolationPattern.UnsatisfyingRelationships;

    /// <summary>The pattern of isolation.</summary>
    public IsolationPattern Pattern { get; init; } = Pattern is IsolationPattern.None || (Pattern & ~AllPatterns) != 0
        ? throw new ArgumentOutOfRangeException(nameof(Pattern), Pattern, "Record at least one defined isolation pattern.")
        : Pattern;

    /// <summary>Level of prior functioning.</summary>
    public PriorFunctioning PriorFunctioning { get; init; } = Guard.Against.UndefinedEnum(PriorFunctioning);

    /// <inheritdoc />
    [System.Text.Json.Serialization.JsonIgnore]
    public override ProblemArea Area => ProblemArea.InterpersonalDeficits;

    /// <summary>Optional private description of prior functioning.</summary>
    public PrivateNote? PriorFunctioningNote { get; init; }
}

/// <summary>Detail of an IPSRT grief-for-the-lost-healthy-self focus [S51] (weak).</summary>
/// <param name="DiagnosedOn">When the illness was diagnosed, if known.</param>
public sealed record LostHealthySelfFocus(DateOnly? DiagnosedOn) : ProblemAreaFocus
{
    /// <inheritdoc />
    [System.Text.Json.Serialization.JsonIgnore]
    public override ProblemArea Area => ProblemArea.GriefForLostHealthySelf;

    /// <summary>What the patient feels was lost with the illness, as private text.</summary>
    public PrivateNote? LostSelfDescription { get; init; }
}

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
