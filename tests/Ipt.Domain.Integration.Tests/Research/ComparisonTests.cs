using System.IO;
using System.Linq;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Protocols;
using Ipt.Domain.Research.Comparison;
using Ipt.Domain.Research.Export;
using Ipt.Domain.Research.Plots;
using Ipt.Domain.Research.Protocols;
using Ipt.Domain.Research.Statistics;
using Ipt.Domain.Simulation;

namespace Ipt.Domain.Integration.Tests.Research;

public sealed class ComparisonTests
{
    private static ArmSummary Arm(string id, int n = 2000, long seed = 7) =>
        CohortRunner.Summarise(new SimulationSettings { Protocol = BuiltInProtocols.Catalog.Get(id).Value, CohortSize = n, Seed = seed, ReviewFidelity = false });

    [Fact]
    public void Ipt_against_ipt_b_warns_that_the_endpoints_are_not_the_same_endpoint()
    {
        ArmComparison c = ArmComparison.Of([Arm("ipt"), Arm("ipt-b")]);
        Assert.Contains(c.Warnings, w => w.Code == ComparisonWarnings.EndpointPointsDiffer);
        ArmDifference response = c.Differences.Single(d => d.Measure == "response");
        Assert.Equal(c.Arms[1].Response.Rate - c.Arms[0].Response.Rate, response.Estimate, 12);
        Assert.True(response.Lower < response.Estimate && response.Estimate < response.Upper);
        Assert.Equal(["response", "remission", "dropout", "change"], c.Differences.Select(d => d.Measure));
    }

    [Fact]
    public void Two_arms_of_one_protocol_on_one_population_differ_by_nothing_and_raise_no_warning()
    {
        ArmSummary a = Arm("ipt", 500);
        ArmComparison c = ArmComparison.Of([a, a with { Arm = "again" }]);
        Assert.Empty(c.Warnings);
        Assert.All(c.Differences, d => Assert.Equal(0, d.Estimate, 12));
    }

    [Fact]
    public void Arms_on_different_seeds_are_flagged()
    {
        ArmComparison c = ArmComparison.Of([Arm("ipt", 300, 1), Arm("ipt", 300, 2)]);
        Assert.Contains(c.Warnings, w => w.Code == ComparisonWarnings.PopulationsDiffer);
    }

    [Fact]
    public void Protocol_diff_names_what_differs_and_nothing_for_the_same_protocol()
    {
        Assert.Empty(ProtocolDiff.Between(StandardIpt.Definition, StandardIpt.Definition).Differences);
        ProtocolDiff d = ProtocolDiff.Between(StandardIpt.Definition, BriefIpt.Definition);
        Assert.Contains(new ProtocolDifference("sessions.planned", "16", "8"), d.Differences);
        Assert.Contains(d.Differences, x => x.Path == "phases[engagement]" && x.Left is null);
        Assert.Contains("sessions.planned: 16 -> 8", d.Describe(), System.StringComparison.Ordinal);
        ProtocolDefinition longer = StandardIpt.Definition.ToBuilder("ipt-20", "IPT, 20 sessions").Build().Value;
        Assert.Contains(ProtocolDiff.Between(StandardIpt.Definition, longer).Differences, x => x.Path == "name");
    }

    [Fact]
    public void Figures_are_drawn_from_the_summaries_and_saved_as_png()
    {
        ArmSummary[] arms = [Arm("ipt", 500), Arm("ipt-b", 500)];
        using (ScottPlot.Plot t = Figures.Trajectory(arms))
        {
            Assert.Equal(2, t.GetPlottables().OfType<ScottPlot.Plottables.Scatter>().Count());
        }

        string path = Path.Combine(Directory.CreateTempSubdirectory("ipt-fig").FullName, "cmp.png");
        Figures.SaveComparisonPng(arms, path);
        byte[] head = File.ReadAllBytes(path)[..8];
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, head);
    }
}
