using System;
using System.Linq;
using Ipt.Domain.Groups;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Tests.Groups;

/// <summary>Composition advisories: a member isolated by age or by gender is named by reference, never refused.</summary>
public class GroupCompositionTests
{
    private static GroupMemberProfile M(string id, int? age, string? gender) => new(ClientRef.From(id), age, gender);

    [Fact]
    public void A_member_far_from_every_other_age_and_a_lone_gender_are_flagged()
    {
        var members = new[] { M("a", 30, "f"), M("b", 34, "f"), M("c", 38, "f"), M("d", 70, "m") };
        var findings = GroupComposition.Check(members);
        Assert.Equal(
            new[] { (GroupCompositionCodes.IsolatedByAge, "d"), (GroupCompositionCodes.IsolatedByGender, "d") },
            findings.Select(f => (f.Code, f.Client.Value)));
        Assert.All(findings, f => Assert.DoesNotContain("70", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Close_ages_same_gender_groups_and_unrecorded_values_raise_nothing()
    {
        Assert.Empty(GroupComposition.Check([M("a", 30, "f"), M("b", 44, "f"), M("c", 58, "f")]));
        Assert.Empty(GroupComposition.Check([M("a", 30, null), M("b", null, "m"), M("c", null, null)]));
        Assert.Empty(GroupComposition.Check([M("a", 30, "f"), M("b", 34, "m")], new GroupCompositionRules { FlagLoneGender = false }));
        Assert.Single(GroupComposition.Check([M("a", 30, "f"), M("b", 38, "f"), M("c", 60, "f")], new GroupCompositionRules { AgeGapYears = 10 }));
        Assert.Throws<ArgumentNullException>(() => GroupComposition.Check(null!));
    }
}
