using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

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
