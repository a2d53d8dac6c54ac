using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Groups;

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
