using System;
using System.Linq;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Tests.ProblemAreas;

public class ProblemAreaCatalogTests
{
    [Theory]
    [InlineData("grief", ProblemArea.Grief)]
    [InlineData("grief and loss", ProblemArea.Grief)]
    [InlineData("Unresolved grief", ProblemArea.Grief)]
    [InlineData("PA-GRIEF", ProblemArea.Grief)]
    [InlineData("role-dispute", ProblemArea.RoleDispute)]
    [InlineData("disputes", ProblemArea.RoleDispute)]
    [InlineData("Interpersonal disputes", ProblemArea.RoleDispute)]
    [InlineData("role-transition", ProblemArea.RoleTransition)]
    [InlineData("life changes", ProblemArea.RoleTransition)]
    [InlineData("interpersonal-deficits", ProblemArea.InterpersonalDeficits)]
    [InlineData("interpersonal sensitivity", ProblemArea.InterpersonalDeficits)]
    [InlineData("Interpersonal challenges", ProblemArea.InterpersonalDeficits)]
    [InlineData("loneliness/social isolation", ProblemArea.InterpersonalDeficits)]
    [InlineData("Loneliness / social   isolation", ProblemArea.InterpersonalDeficits)]
    [InlineData("social isolation", ProblemArea.InterpersonalDeficits)]
    [InlineData("interpersonal shortcomings", ProblemArea.InterpersonalDeficits)]
    [InlineData("  INTERPERSONAL_SENSITIVITY ", ProblemArea.InterpersonalDeficits)]
    [InlineData("grief for the lost healthy self", ProblemArea.GriefForLostHealthySelf)]
    [InlineData("single-parent family", ProblemArea.SingleParentFamily)]
    [InlineData("IPAF", ProblemArea.InterpersonalAffectiveFocus)]
    public void TryParse_resolves_codes_names_ids_and_aliases(string text, ProblemArea expected)
    {
        Assert.True(ProblemAreaCatalog.TryParse(text, out ProblemArea area));
        Assert.Equal(expected, area);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("anxiety")]
    [InlineData("grieff")]
    public void TryParse_rejects_unknown_text(string? text) => Assert.False(ProblemAreaCatalog.TryParse(text, out _));

    [Fact]
    public void Parse_unknown_fails_with_stable_code_and_does_not_echo_text()
    {
        var result = ProblemAreaCatalog.Parse("secret-word");
        Assert.Equal(ProblemAreaErrors.UnknownAreaCode, result.Error!.Code);
        Assert.DoesNotContain("secret-word", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_area_has_unique_code_and_brief_id_and_round_trips()
    {
        Assert.Equal(Enum.GetValues<ProblemArea>().Length, ProblemAreaCatalog.All.Count);
        Assert.Equal(ProblemAreaCatalog.All.Count, ProblemAreaCatalog.All.Select(i => i.Code).Distinct().Count());
        Assert.Equal(ProblemAreaCatalog.All.Count, ProblemAreaCatalog.All.Select(i => i.BriefId).Distinct().Count());
        foreach (ProblemArea area in Enum.GetValues<ProblemArea>())
        {
            ProblemAreaInfo info = ProblemAreaCatalog.Get(area);
            Assert.Equal(area, info.Area);
            Assert.Equal(area, ProblemAreaCatalog.Parse(info.Code).Value);
            Assert.Equal(area, ProblemAreaCatalog.Parse(info.DisplayName).Value);
            Assert.All(info.Aliases, alias => Assert.Equal(area, ProblemAreaCatalog.Parse(alias).Value));
        }
    }

    [Fact]
    public void Stable_codes_are_pinned()
    {
        Assert.Equal("grief", ProblemAreaCatalog.Code(ProblemArea.Grief));
        Assert.Equal("role-dispute", ProblemAreaCatalog.Code(ProblemArea.RoleDispute));
        Assert.Equal("role-transition", ProblemAreaCatalog.Code(ProblemArea.RoleTransition));
        Assert.Equal("interpersonal-deficits", ProblemAreaCatalog.Code(ProblemArea.InterpersonalDeficits));
        Assert.Equal("PA-DISPUTE", ProblemAreaCatalog.Get(ProblemArea.RoleDispute).BriefId);
    }

    [Fact]
    public void Scope_separates_standard_variant_and_related_therapy()
    {
        Assert.Equal(ProblemAreaCatalog.StandardAreas,
            ProblemAreaCatalog.All.Where(i => i.Scope == ProblemAreaScope.StandardIpt).Select(i => i.Area));
        Assert.Equal(ProblemAreaScope.VariantSpecific, ProblemAreaCatalog.Get(ProblemArea.SingleParentFamily).Scope);
        Assert.Equal(ProblemAreaScope.RelatedTherapy, ProblemAreaCatalog.Get(ProblemArea.InterpersonalAffectiveFocus).Scope);
    }

    [Fact]
    public void Undefined_area_is_misuse() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ProblemAreaCatalog.Get((ProblemArea)99));

    [Fact]
    public void Variant_sets_follow_the_brief()
    {
        Assert.Equal(4, ProblemAreaSets.StandardIpt.Count);
        Assert.DoesNotContain(ProblemArea.Grief, ProblemAreaSets.IptAst);
        Assert.Contains(ProblemArea.SingleParentFamily, ProblemAreaSets.IptA1993);
        Assert.Contains(ProblemArea.GriefForLostHealthySelf, ProblemAreaSets.Ipsrt);
        Assert.Equal(3, ProblemAreaSets.StuartRobertson.Count);
        Assert.Equal([ProblemArea.InterpersonalAffectiveFocus], ProblemAreaSets.Dit);
    }
}
