using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Groups;

/// <summary>What the facilitator knows of one prospective or current member for the composition check. No name: the
/// client reference is opaque, and gender is the clinic's own code (e.g. <c>f</c>, <c>m</c>, <c>x</c>).</summary>
/// <param name="Client">The member.</param>
/// <param name="AgeYears">Age in whole years, or null when not recorded.</param>
/// <param name="Gender">The clinic's gender code, or null when not recorded.</param>
public sealed record GroupMemberProfile(ClientRef Client, int? AgeYears, string? Gender);

/// <summary>Settings of the composition check. Both rules are product defaults: the brief gives no source for them (the
/// WHO manual's same-gender rule is unconfirmed, §14.1), so they are advisories a facilitator weighs.</summary>
public sealed record GroupCompositionRules
{
    /// <summary>The default rules.</summary>
    public static GroupCompositionRules Default { get; } = new();

    /// <summary>A member is isolated by age when every other member's age differs from theirs by more than this many
    /// years. Default 15 (product default, unsourced).</summary>
    public int AgeGapYears { get; init; } = 15;

    /// <summary>Whether to flag a member who is the only one of their gender in a mixed group. Default true (the same-gender
    /// rule attributed to the WHO manual is unconfirmed, §14.1; a lone member of a gender is the weaker, advisory form).</summary>
    public bool FlagLoneGender { get; init; } = true;
}

/// <summary>The codes of <see cref="GroupComposition.Check"/>. Codes are public API (<c>docs/errors.md</c>).</summary>
public static class GroupCompositionCodes
{
    /// <summary>Advisory: a member's age is far from every other member's.</summary>
    public const string IsolatedByAge = "group.composition.isolated-by-age";

    /// <summary>Advisory: a member is the only one of their gender in a mixed group.</summary>
    public const string IsolatedByGender = "group.composition.isolated-by-gender";
}

/// <summary>One composition advisory.</summary>
/// <param name="Code">A <see cref="GroupCompositionCodes"/> code.</param>
/// <param name="Client">The member it concerns.</param>
/// <param name="Message">Plain message; names no person.</param>
public sealed record GroupCompositionFinding(string Code, ClientRef Client, string Message);

/// <summary>Checks a group's composition for members isolated by age or gender (advisories; nothing is refused).</summary>
public static class GroupComposition
{
    /// <summary>Lists every member isolated by age or gender. Members without the value are left out of that rule.</summary>
    /// <param name="members">The members (or prospective members).</param>
    /// <param name="rules">The rules; <see cref="GroupCompositionRules.Default"/> when null.</param>
    /// <returns>The findings, in member order (age before gender).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> or a member is null.</exception>
    public static IReadOnlyList<GroupCompositionFinding> Check(IReadOnlyList<GroupMemberProfile> members, GroupCompositionRules? rules = null)
    {
        Guard.Against.Null(members);
        rules ??= GroupCompositionRules.Default;
        foreach (GroupMemberProfile m in members)
        {
            Guard.Against.Null(m, nameof(members));
        }

        var findings = new List<GroupCompositionFinding>();
        var aged = members.Where(m => m.AgeYears is not null).ToList();
        var gendered = members.Where(m => !string.IsNullOrWhiteSpace(m.Gender)).ToList();
        bool mixed = gendered.Select(m => m.Gender!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1;
        foreach (GroupMemberProfile m in members)
        {
            if (m.AgeYears is int age && aged.Count > 1 && aged.Where(o => !ReferenceEquals(o, m)).All(o => Math.Abs(o.AgeYears!.Value - age) > rules.AgeGapYears))
            {
                findings.Add(new(GroupCompositionCodes.IsolatedByAge, m.Client, "A member's age differs from every other member's by more than " + rules.AgeGapYears + " years."));
            }

            if (rules.FlagLoneGender && mixed && !string.IsNullOrWhiteSpace(m.Gender)
                && gendered.Count(o => string.Equals(o.Gender!.Trim(), m.Gender.Trim(), StringComparison.OrdinalIgnoreCase)) == 1)
            {
                findings.Add(new(GroupCompositionCodes.IsolatedByGender, m.Client, "A member is the only one of their gender in the group."));
            }
        }

        return findings;
    }
}
