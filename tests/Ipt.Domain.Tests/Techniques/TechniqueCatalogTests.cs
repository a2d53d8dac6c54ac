using Ipt.Domain.Primitives;
using System;
using System.Linq;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Techniques;

namespace Ipt.Domain.Tests.Techniques;

public class TechniqueCatalogTests
{
    private static readonly string[] BriefIds =
        ["TECH-NDE", "TECH-DE", "TECH-AFF", "TECH-CLAR", "TECH-CA", "TECH-DA", "TECH-RP", "TECH-REL", "TECH-PSY", "TECH-OQ", "TECH-MR", "TECH-HW"];

    [Fact]
    public void Ipt_catalogue_holds_the_twelve_brief_techniques() =>
        Assert.Equal(BriefIds, TechniqueCatalog.Ipt.Select(t => t.Id));

    [Fact]
    public void Ids_and_codes_are_unique_across_families()
    {
        var keys = TechniqueCatalog.All.SelectMany(t => new[] { t.Id, t.Code }).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(TechniqueCatalog.Ipt.Count + TechniqueCatalog.Mit.Count + TechniqueCatalog.Cbt.Count, TechniqueCatalog.All.Count);
    }

    [Fact]
    public void Families_are_separate()
    {
        Assert.All(TechniqueCatalog.Ipt, t => Assert.Equal(TherapyFamily.Ipt, t.Family));
        Assert.All(TechniqueCatalog.Mit, t => Assert.Equal(TherapyFamily.Mit, t.Family));
        Assert.All(TechniqueCatalog.Cbt, t => Assert.Equal(TherapyFamily.Cbt, t.Family));
        Assert.All(TechniqueCatalog.Mit.Concat(TechniqueCatalog.Cbt), t =>
        {
            Assert.Contains("C08", t.Note, StringComparison.Ordinal);
            Assert.Empty(t.ProblemAreas);
        });
        Assert.Equal(5, TechniqueCatalog.Mit.Count);
    }

    [Theory]
    [InlineData("TECH-CA")]
    [InlineData("tech-ca")]
    [InlineData("communication-analysis")]
    [InlineData(" Communication-Analysis ")]
    public void TryGet_finds_by_id_or_code(string key)
    {
        Assert.True(TechniqueCatalog.TryGet(key, out Technique? t));
        Assert.Equal("TECH-CA", t!.Id);
        Assert.True(TechniqueCatalog.RequireIpt(key).IsSuccess);
    }

    [Theory]
    [InlineData("two-chair-work")]
    [InlineData("guided-imagery-rescripting")]
    [InlineData("MIT-BODY")]
    [InlineData("interpersonal-mindfulness")]
    [InlineData("behavioural-experiments")]
    [InlineData("cognitive-restructuring")]
    public void Techniques_of_other_families_are_not_ipt(string key)
    {
        Assert.True(TechniqueCatalog.Get(key).IsSuccess);
        Assert.Equal(TechniqueErrors.NotIptCode, TechniqueCatalog.RequireIpt(key).Error!.Code);
    }

    [Theory]
    [InlineData("transference-interpretation")]
    [InlineData("dream-interpretation")]
    [InlineData("genetic-interpretation")]
    public void Proscribed_behaviours_are_refused_with_their_own_code(string key) =>
        Assert.Equal(TechniqueErrors.ProscribedCode, TechniqueCatalog.RequireIpt(key).Error!.Code);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("eye-movement-desensitisation")]
    public void Unknown_techniques_are_not_in_the_catalogue(string? key)
    {
        Assert.Equal(TechniqueErrors.NotInCatalogueCode, TechniqueCatalog.Get(key).Error!.Code);
        Assert.Equal(TechniqueErrors.NotInCatalogueCode, TechniqueCatalog.RequireIpt(key).Error!.Code);
    }

    [Fact]
    public void Phases_and_areas_follow_the_brief()
    {
        Assert.Equal(TechniquePhases.Middle, TechniqueCatalog.Get("TECH-OQ").Value.Phases);
        Assert.True(TechniqueCatalog.Get("TECH-PSY").Value.Phases.HasFlag(TechniquePhases.Initial));
        Assert.Equal(TechniquePhases.All, TechniqueCatalog.Get("TECH-AFF").Value.Phases);
        Assert.Contains(TechniqueCatalog.ServingArea(ProblemArea.RoleDispute), t => t.Id == "TECH-CA");
        Assert.DoesNotContain(TechniqueCatalog.ServingArea(ProblemArea.Grief), t => t.Id == "TECH-CA");
        Assert.Contains("C07", TechniqueCatalog.Get("TECH-HW").Value.Note, StringComparison.Ordinal);
        Assert.All(TechniqueCatalog.Ipt, t => Assert.NotEqual(TechniquePhases.None, t.Phases));
    }
}
