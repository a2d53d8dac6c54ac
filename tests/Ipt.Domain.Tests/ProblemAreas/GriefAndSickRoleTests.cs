using Ipt.Domain.Primitives;
using System;
using System.Linq;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Tests.ProblemAreas;

public class GriefTypesTests
{
    [Theory]
    [InlineData("normal", GriefType.Normal)]
    [InlineData("Complicated", GriefType.Complicated)]
    [InlineData("delayed", GriefType.Complicated)]
    [InlineData("distorted", GriefType.Complicated)]
    [InlineData("chronic", GriefType.Complicated)]
    [InlineData("unresolved", GriefType.Complicated)]
    public void Older_labels_map_onto_the_Guide_2017_types(string term, GriefType expected) =>
        Assert.Equal(expected, GriefTypes.Parse(term).Value);

    [Fact]
    public void Unknown_term_fails() => Assert.Equal(ProblemAreaErrors.UnknownGriefTypeCode, GriefTypes.Parse("sad").Error!.Code);

    [Fact]
    public void Chronic_is_marked_unconfirmed() =>
        Assert.Equal(EvidenceStatus.Unconfirmed, GriefTypes.Terms.Single(t => t.Term == "chronic").Status);

    [Fact]
    public void Non_death_loss_is_flagged_variant_specific()
    {
        Assert.False(new GriefFocus(RelationshipKind.Parent, null, GriefType.Normal).IsVariantSpecific);
        Assert.True(new GriefFocus(RelationshipKind.Partner, null, GriefType.Normal, LossKind.NonDeathLoss).IsVariantSpecific);
    }
}

public class SickRoleTests
{
    [Fact]
    public void Standard_sick_role_has_two_rights_two_duties_and_the_IPT_use()
    {
        Assert.Equal(2, SickRoles.Standard.Components.Count(c => c.Direction == SickRoleDirection.Right));
        Assert.Equal(2, SickRoles.Standard.Components.Count(c => c.Direction == SickRoleDirection.Duty));
        Assert.Single(SickRoles.Standard.Components, c => c.Direction == SickRoleDirection.IptUse);
        Assert.All(SickRoles.Standard.Components, c => Assert.StartsWith("[S", c.Sources, StringComparison.Ordinal));
    }

    [Fact]
    public void Limited_sick_role_wording_is_marked_unconfirmed()
    {
        Assert.All(SickRoles.LimitedAdolescent.Components, c => Assert.Equal(EvidenceStatus.Unconfirmed, c.Status));
        Assert.Contains("unconfirmed", SickRoles.LimitedAdolescent.Note, StringComparison.Ordinal);
    }
}
