using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

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
