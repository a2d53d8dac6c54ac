using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Text;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>
/// The problem-area vocabulary: stable codes, display names, brief ids and documented aliases, with a
/// lookup that maps any of them back to the canonical <see cref="ProblemArea"/> (C05: one canonical value
/// with aliases).
/// </summary>
/// <remarks>
/// Lookup ignores case, surrounding white space and the separators <c>- _ /</c>, so
/// "Loneliness/Social isolation" and "loneliness social isolation" both resolve to
/// <see cref="ProblemArea.InterpersonalDeficits"/>.
/// </remarks>
public static class ProblemAreaCatalog
{
    /// <summary>Every problem area, in enum order.</summary>
    public static IReadOnlyList<ProblemAreaInfo> All { get; } =
    [
        new(ProblemArea.Grief, "grief", "Grief", "PA-GRIEF", ProblemAreaScope.StandardIpt,
            [
                "grief and loss",          // Stuart & Robertson model [S13]
                "unresolved grief",        // Brief IPT in MOMCare [S29]
                "complicated bereavement", // Guide 2017 [S01]
            ],
            "[S01][S05]"),
        new(ProblemArea.RoleDispute, "role-dispute", "Role dispute", "PA-DISPUTE", ProblemAreaScope.StandardIpt,
            [
                "role disputes",
                "interpersonal role dispute",
                "interpersonal disputes",  // Stuart & Robertson model [S12][S13]
                "disputes",                // WHO Group IPT [S25]
            ],
            "[S14][S19]"),
        new(ProblemArea.RoleTransition, "role-transition", "Role transition", "PA-TRANSITION", ProblemAreaScope.StandardIpt,
            [
                "role transitions",
                "life changes",            // WHO Group IPT [S25]
            ],
            "[S05][S16]"),
        new(ProblemArea.InterpersonalDeficits, "interpersonal-deficits", "Interpersonal deficits", "PA-DEFICITS", ProblemAreaScope.StandardIpt,
            [
                "interpersonal sensitivity",   // ISIPT, clinics [S05][S22]
                "interpersonal challenges",    // Seed 002
                "loneliness/social isolation", // WHO Group IPT [S25]
                "loneliness",
                "social isolation",
                "interpersonal shortcomings",  // Seed 004
            ],
            "[S02]"),
        new(ProblemArea.GriefForLostHealthySelf, "grief-for-lost-healthy-self", "Grief for the lost healthy self", "PA-LOST-HEALTHY-SELF",
            ProblemAreaScope.VariantSpecific,
            [
                "lost healthy self",
                "loss of the healthy self",   // group IPSRT theme [S57]
            ],
            "[S51]"),
        new(ProblemArea.SingleParentFamily, "single-parent-family", "Single-parent family", "PA-SINGLE-PARENT",
            ProblemAreaScope.VariantSpecific,
            ["single parent family"],
            "[S42]"),
        new(ProblemArea.InterpersonalAffectiveFocus, "interpersonal-affective-focus", "Interpersonal-affective focus (DIT)", "PA-IPAF",
            ProblemAreaScope.RelatedTherapy,
            ["ipaf", "interpersonal affective focus"],
            "[S60][S62]"),
    ];

    /// <summary>The four areas of standard IPT [S01][S05].</summary>
    public static IReadOnlyList<ProblemArea> StandardAreas { get; } =
        [ProblemArea.Grief, ProblemArea.RoleDispute, ProblemArea.RoleTransition, ProblemArea.InterpersonalDeficits];

    private static readonly FrozenDictionary<string, ProblemArea> Lookup = BuildLookup();

    /// <summary>The vocabulary entry of an area.</summary>
    /// <param name="area">A defined area.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="area"/> is not a defined value.</exception>
    public static ProblemAreaInfo Get(ProblemArea area)
    {
        int index = (int)area;
        if (index < 0 || index >= All.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(area), area, "Not a defined problem area.");
        }

        return All[index];
    }

    /// <summary>The stable code of an area, e.g. <c>role-transition</c>.</summary>
    /// <param name="area">A defined area.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="area"/> is not a defined value.</exception>
    public static string Code(ProblemArea area) => Get(area).Code;

    /// <summary>
    /// Resolves a code, display name, brief id or documented alias to its canonical area.
    /// </summary>
    /// <param name="text">Text to resolve; null or blank resolves to nothing.</param>
    /// <param name="area">The canonical area when found.</param>
    /// <returns>True when <paramref name="text"/> names an area.</returns>
    public static bool TryParse(string? text, out ProblemArea area)
    {
        area = default;
        return !string.IsNullOrWhiteSpace(text) && Lookup.TryGetValue(Normalize(text), out area);
    }

    /// <summary>
    /// Resolves a name as <see cref="TryParse"/> does, failing with <see cref="ProblemAreaErrors.UnknownAreaCode"/>.
    /// </summary>
    /// <param name="text">Text to resolve.</param>
    /// <returns>The canonical area, or an error whose message does not repeat the text.</returns>
    public static Result<ProblemArea> Parse(string? text) =>
        TryParse(text, out ProblemArea area) ? area : ProblemAreaErrors.UnknownArea();

    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (char c in text.Trim())
        {
            if (char.IsWhiteSpace(c) || c is '-' or '_' or '/')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    private static FrozenDictionary<string, ProblemArea> BuildLookup()
    {
        var map = new Dictionary<string, ProblemArea>(StringComparer.Ordinal);
        foreach (ProblemAreaInfo info in All)
        {
            map.Add(Normalize(info.Code), info.Area);
            map.TryAdd(Normalize(info.DisplayName), info.Area);
            map.Add(Normalize(info.BriefId), info.Area);
            foreach (string alias in info.Aliases)
            {
                map.TryAdd(Normalize(alias), info.Area);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
