using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>The grief types of the Guide 2017 vocabulary [S01] (C06).</summary>
public enum GriefType
{
    /// <summary>Normal grief: depression-like symptoms that ease over a few months as the person works through memories [S01].</summary>
    Normal = 0,

    /// <summary>
    /// Complicated grief: emotion contained or avoided, mourning postponed; treated as a form of major depression [S01].
    /// Older labels delayed, distorted and chronic map here (see <see cref="GriefTypes.Terms"/>).
    /// </summary>
    Complicated = 1,
}

/// <summary>What was lost in a grief focus (C30).</summary>
public enum LossKind
{
    /// <summary>The death of a significant person: the Guide's definition of the grief area [S01][S05].</summary>
    Death = 0,

    /// <summary>
    /// Another loss (break-up, miscarriage, disability): counted as grief only in some models, e.g. Stuart's
    /// "grief and loss" [S13][S17]. Variant-specific (C30).
    /// </summary>
    NonDeathLoss = 1,
}

/// <summary>One term of a grief-type vocabulary and the Guide 2017 type it maps onto.</summary>
/// <param name="Term">The term as written by clinicians.</param>
/// <param name="MapsTo">The Guide 2017 grief type.</param>
/// <param name="Vocabulary">Which vocabulary the term belongs to.</param>
/// <param name="Sources">Brief source tags.</param>
/// <param name="Status">How well the term is supported by the sources.</param>
public sealed record GriefTypeTerm(string Term, GriefType MapsTo, string Vocabulary, string Sources, EvidenceStatus Status);

/// <summary>
/// Versioned grief-type vocabularies (C06): the Guide 2017 types are canonical; the older labels are kept as
/// documented aliases that map onto them.
/// </summary>
public static class GriefTypes
{
    /// <summary>Vocabulary name of the Guide 2017 types.</summary>
    public const string Guide2017 = "guide-2017";

    /// <summary>Vocabulary name of the older sub-typing of unresolved grief.</summary>
    public const string Older = "older";

    /// <summary>Every known term.</summary>
    public static IReadOnlyList<GriefTypeTerm> Terms { get; } =
    [
        new("normal", GriefType.Normal, Guide2017, "[S01]", EvidenceStatus.Confirmed),
        new("complicated", GriefType.Complicated, Guide2017, "[S01]", EvidenceStatus.Confirmed),
        // Older typology: "unresolved grief" split into delayed and distorted (Seed 002); postponement and
        // avoidance characterise complicated bereavement in the Guide [S01], so both map to Complicated.
        new("unresolved", GriefType.Complicated, Older, "Seed 002", EvidenceStatus.Weak),
        new("delayed", GriefType.Complicated, Older, "Seed 002", EvidenceStatus.Weak),
        new("distorted", GriefType.Complicated, Older, "Seed 002", EvidenceStatus.Weak),
        new("chronic", GriefType.Complicated, Older, "brief §6.1", EvidenceStatus.Unconfirmed),
    ];

    private static readonly FrozenDictionary<string, GriefType> Lookup =
        Terms.ToFrozenDictionary(t => t.Term, t => t.MapsTo, StringComparer.OrdinalIgnoreCase);

    /// <summary>Maps a term of any vocabulary onto a Guide 2017 grief type.</summary>
    /// <param name="term">A term such as <c>delayed</c> or <c>complicated</c>; case is ignored.</param>
    /// <param name="type">The mapped type when found.</param>
    /// <returns>True when the term is known.</returns>
    public static bool TryParse(string? term, out GriefType type)
    {
        type = default;
        return term is not null && Lookup.TryGetValue(term.Trim(), out type);
    }

    /// <summary>Maps a term as <see cref="TryParse"/> does, failing with <see cref="ProblemAreaErrors.UnknownGriefTypeCode"/>.</summary>
    /// <param name="term">The term.</param>
    public static Result<GriefType> Parse(string? term) =>
        TryParse(term, out GriefType type) ? type : ProblemAreaErrors.UnknownGriefType();
}
