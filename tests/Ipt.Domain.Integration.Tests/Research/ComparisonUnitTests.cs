using System;
using System.Linq;
using Ipt.Domain.Research.Comparison;
using Ipt.Domain.Research.Export;
using Ipt.Domain.Research.Statistics;
using Ipt.Domain.Simulation;

namespace Ipt.Domain.Integration.Tests.Research;

/// <summary>The arm comparison on summaries set by hand: Welch's interval for the change (its degrees of freedom,
/// a point where a side has fewer than two courses or no spread), the warnings a reader needs before trusting a
/// difference, and the guards.</summary>
public sealed class ComparisonUnitTests
{
    private static readonly ArmSummary Base = CohortRunner.Summarise(new SimulationSettings { CohortSize = 200, Seed = 3, ReviewFidelity = false });

    private static ArmSummary WithChange(string arm, long n, double mean, double sd) =>
        Base with { Arm = arm, Change = new MeanEstimate(n, mean, sd, mean - 1, mean + 1) };

    private static ArmDifference Change(ArmSummary reference, ArmSummary other) =>
        ArmComparison.Of([reference, other]).Differences.Single(d => d.Measure == "change");

    [Fact]
    public void The_change_interval_is_welchs_with_its_own_degrees_of_freedom()
    {
        // Equal n and spread: df = 4 exactly, so the t quantile is the table's 2.776; se = sqrt(4/3 + 4/3).
        ArmDifference equal = Change(WithChange("ref", 3, -3, 2), WithChange("arm", 3, -5, 2));
        double half = 2.776 * Math.Sqrt(8.0 / 3.0);
        Assert.Equal(-2, equal.Estimate, 12);
        Assert.Equal(-2 - half, equal.Lower, 9);
        Assert.Equal(-2 + half, equal.Upper, 9);

        // Unequal: va = 4/3, vr = 1/5, Welch–Satterthwaite df = 2.6156..., not the pooled n1 + n2 - 2 = 6.
        ArmDifference unequal = Change(WithChange("ref", 5, 0, 1), WithChange("arm", 3, 1, 2));
        double va = 4.0 / 3.0, vr = 0.2;
        double df = (va + vr) * (va + vr) / ((va * va / 2) + (vr * vr / 4));
        Assert.Equal(2.6156, df, 4);
        double quantile = (1 - unequal.Lower) / Math.Sqrt(va + vr);
        Assert.Equal(quantile, (unequal.Upper - 1) / Math.Sqrt(va + vr), 9);
        Assert.InRange(quantile, 3.182, 4.303); // t(0.975) between df 3 and df 2; the pooled df 6 would give 2.447
    }

    [Fact]
    public void Fewer_than_two_courses_or_no_spread_give_the_estimate_without_an_interval()
    {
        Assert.Equal((4.0, 4.0, 4.0), Triple(Change(WithChange("ref", 1, -6, 0), WithChange("arm", 3, -2, 2))));
        Assert.Equal((4.0, 4.0, 4.0), Triple(Change(WithChange("ref", 3, -6, 2), WithChange("arm", 1, -2, 0))));
        Assert.Equal((4.0, 4.0, 4.0), Triple(Change(WithChange("ref", 3, -6, 0), WithChange("arm", 3, -2, 0))));

        // Two courses a side are enough for an interval.
        ArmDifference two = Change(WithChange("ref", 2, -6, 1), WithChange("arm", 2, -2, 1));
        Assert.True(two.Lower < 4 && two.Upper > 4);
        Assert.False(double.IsNaN(two.Lower));
    }

    [Fact]
    public void A_different_instrument_or_schedule_is_a_warning_that_names_both()
    {
        ArmSummary r = Base with { Arm = "ref", Instrument = "phq-9" };
        ArmComparison c = ArmComparison.Of([r, r with { Arm = "arm", Instrument = null, Schedules = new EquatableArray<string>(["a", "b"]) }]);
        ComparisonWarning instrument = Assert.Single(c.Warnings, w => w.Code == ComparisonWarnings.InstrumentsDiffer);
        Assert.Equal("arm measures its outcome with none, ref with phq-9.", instrument.Message);
        ComparisonWarning schedule = Assert.Single(c.Warnings, w => w.Code == ComparisonWarnings.SchedulesDiffer);
        Assert.Equal("arm measures on schedule a+b, ref on " + string.Join("+", r.Schedules) + ".", schedule.Message);
        Assert.Contains("warning compare.instruments-differ: arm measures its outcome with none", c.Describe(), StringComparison.Ordinal);

        ArmComparison back = ArmComparison.Of([r with { Instrument = null }, r with { Arm = "arm" }]);
        Assert.Equal("arm measures its outcome with phq-9, ref with none.", Assert.Single(back.Warnings).Message);
    }

    [Fact]
    public void Without_remission_criteria_the_table_says_n_a_and_no_remission_difference_is_given()
    {
        ArmSummary r = Base with { Arm = "reference", Remission = null };
        ArmComparison c = ArmComparison.Of([r, Base with { Arm = "other" }]);
        Assert.DoesNotContain(c.Differences, d => d.Measure == "remission");
        string[] lines = c.Describe().Split(Environment.NewLine);
        Assert.Contains(" n/a ", lines.Single(l => l.StartsWith("reference ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain("n/a", lines.Single(l => l.StartsWith("other ", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_gives_rates_in_percent_and_rate_differences_in_points_but_the_change_in_its_own_units()
    {
        ArmSummary r = WithChange("ref", 3, -3, 2) with { Response = new Proportion(50, 100, 0.5, 0.4, 0.6) };
        ArmSummary a = WithChange("arm", 3, -5, 2) with { Response = new Proportion(60, 100, 0.6, 0.5, 0.7) };
        string[] lines = ArmComparison.Of([r, a]).Describe().Split(Environment.NewLine);
        Assert.StartsWith("arm          courses response (95% CI)", lines[0], StringComparison.Ordinal);
        Assert.Contains("remission (95% CI)", lines[0], StringComparison.Ordinal);
        Assert.Contains("dropout (95% CI)", lines[0], StringComparison.Ordinal);
        Assert.Contains("mean change (95% CI)", lines[0], StringComparison.Ordinal);
        Assert.Contains(" 60.0% (50.0% to 70.0%) ", lines.Single(l => l.StartsWith("arm ", StringComparison.Ordinal) && !l.Contains("courses", StringComparison.Ordinal)), StringComparison.Ordinal);
        // Newcombe: 0.1 -/+ sqrt(0.1^2 + 0.1^2).
        Assert.Contains("difference arm - ref in response: +10.0 points (95% CI -4.1 to +24.1)", lines);
        // Welch with df 4: -2 -/+ 2.776 * sqrt(8/3).
        Assert.Contains("difference arm - ref in change: -2.00 (95% CI -6.53 to +2.53)", lines);
    }

    [Fact]
    public void A_comparison_needs_two_arms()
    {
        Assert.Throws<ArgumentNullException>(() => ArmComparison.Of(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => ArmComparison.Of([Base]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ArmComparison.Of([]));
    }

    private static (double, double, double) Triple(ArmDifference d) => (d.Estimate, d.Lower, d.Upper);
}
