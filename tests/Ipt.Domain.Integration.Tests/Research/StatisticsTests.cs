using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ipt.Domain.Research.Comparison;
using Ipt.Domain.Research.Export;
using Ipt.Domain.Research.Statistics;
using Ipt.Domain.Simulation;

namespace Ipt.Domain.Integration.Tests.Research;

public sealed class StatisticsTests
{
    [Theory]
    [InlineData(0, 10, 0.0, 0.2775)]
    [InlineData(5, 10, 0.2366, 0.7634)]
    [InlineData(81, 263, 0.2553, 0.3662)]
    public void Wilson_interval_matches_published_values(long count, long n, double lower, double upper)
    {
        // 0/10 and 5/10: Brown, Cai & DasGupta (2001); 81/263: Newcombe (1998) table I, example.
        Proportion p = Proportion.Wilson(count, n);
        Assert.Equal(lower, p.Lower, 3);
        Assert.Equal(upper, p.Upper, 3);
    }

    [Fact]
    public void Mean_sd_and_t_interval_from_integer_sums()
    {
        int[] xs = [2, 4, 4, 4, 5, 5, 7, 9];
        MeanEstimate m = MeanEstimate.FromSums(xs.Length, xs.Sum(), xs.Sum(x => (long)x * x));
        Assert.Equal(5, m.Mean, 10);
        Assert.Equal(2.13809, m.Sd, 4);
        Assert.Equal(5 - (2.365 * 2.13809 / System.Math.Sqrt(8)), m.Lower, 3);
    }

    [Fact]
    public void Percentiles_interpolate_as_R_type_7()
    {
        var h = Enumerable.Range(1, 10).ToDictionary(i => i, _ => 1L);
        Percentiles p = Percentiles.FromHistogram(h);
        Assert.Equal(5.5, p.P50, 10);
        Assert.Equal(3.25, p.P25, 10);
        Assert.Equal(7.75, p.P75, 10);
        Assert.Equal(1.45, p.P5, 10);
    }

    [Fact]
    public void Kaplan_Meier_by_hand()
    {
        // 10 courses: dropouts at 2, 2, 5; censored at 3, 8 (x6). S(2) = 8/10; S(5) = 0.8 * (1 - 1/7).
        IReadOnlyList<SurvivalPoint> km = KaplanMeier.Estimate(new Dictionary<int, long> { [2] = 2, [5] = 1 }, new Dictionary<int, long> { [3] = 1, [8] = 6 });
        Assert.Equal([2, 3, 5, 8], km.Select(p => p.Session));
        Assert.Equal(0.8, km[0].Survival, 10);
        Assert.Equal(10, km[0].AtRisk);
        Assert.Equal(7, km[2].AtRisk);
        Assert.Equal(0.8 * 6 / 7, km[2].Survival, 10);
        Assert.InRange(km[2].Survival, km[2].Lower, km[2].Upper);
    }

    [Fact]
    public void Newcombe_difference_matches_the_published_example()
    {
        // Newcombe (1998) method 10, example (a): 56/70 − 48/80 = 0.2000 (0.0524 to 0.3339).
        var a = ArmSummaryWith(Proportion.Wilson(56, 70));
        var b = ArmSummaryWith(Proportion.Wilson(48, 80));
        ArmDifference d = ArmComparison.Of([b with { Arm = "b" }, a with { Arm = "a" }]).Differences.Single(x => x.Measure == "response");
        Assert.Equal(0.2, d.Estimate, 10);
        Assert.Equal(0.0524, d.Lower, 4);
        Assert.Equal(0.3339, d.Upper, 4);
    }

    private static ArmSummary ArmSummaryWith(Proportion response) =>
        new ArmTotals { Arm = "x", Protocol = "ipt", Seed = 1 }.ToSummary() with { Response = response };

    [Fact]
    public void Same_seed_gives_equal_summaries_and_another_seed_does_not()
    {
        var settings = new SimulationSettings { CohortSize = 500, Seed = 3 };
        ArmSummary a = CohortRunner.Summarise(settings);
        ArmSummary b = CohortRunner.Summarise(settings with { MaxDegreeOfParallelism = 1 });
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.NotEqual(a, CohortRunner.Summarise(settings with { Seed = 4 }));
    }

    [Property(MaxTest = 12)]
    public void Shards_merge_to_exactly_the_single_run(PositiveInt shardCount, PositiveInt size)
    {
        int n = 1 + (shardCount.Get % 6);
        int cohort = 1 + (size.Get % 300);
        var settings = new SimulationSettings { CohortSize = cohort, Seed = 17, ReviewFidelity = false };
        ArmTotals whole = CohortRunner.Run(settings);
        ArmTotals merged = CohortRunner.Run(settings, shard: new Shard(n, n));
        for (int k = n - 1; k >= 1; k--)
        {
            // Out of order and through JSON, as shards from other machines arrive.
            merged.Add(ArmTotals.FromJson(CohortRunner.Run(settings, shard: new Shard(k, n)).ToJson()));
        }

        Assert.Equal(whole.ToSummary(), merged.ToSummary());
        Assert.Equal(whole.ToJson(), merged.ToJson());
    }

    [Fact]
    public void Shard_ranges_cover_the_cohort_without_overlap()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<PositiveInt>(), ArbMap.Default.ArbFor<PositiveInt>(), (size, count) =>
        {
            int n = 1 + (count.Get % 50);
            int next = 0;
            for (int k = 1; k <= n; k++)
            {
                (int first, int length) = new Shard(k, n).RangeOf(size.Get);
                if (first != next || length < 0)
                {
                    return false;
                }

                next = first + length;
            }

            return next == size.Get;
        }).QuickCheckThrowOnFailure();
    }
}
