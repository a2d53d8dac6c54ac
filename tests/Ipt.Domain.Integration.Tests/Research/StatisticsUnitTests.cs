using System;
using System.Collections.Generic;
using System.Linq;
using Ipt.Domain.Research.Rows;
using Ipt.Domain.Research.Statistics;

namespace Ipt.Domain.Integration.Tests.Research;

/// <summary>The estimators of the research package on inputs small enough to check by hand, with their edge cases
/// (no courses, one course, every course at once), and the totals that feed them, merged and read back.</summary>
public sealed class StatisticsUnitTests
{
    [Fact]
    public void A_proportion_of_nothing_is_zero_with_the_whole_interval()
    {
        Assert.Equal(new Proportion(0, 0, 0, 0, 1), Proportion.Wilson(0, 0));
    }

    [Fact]
    public void A_proportion_keeps_its_counts_and_rate_and_its_interval_stays_within_zero_and_one()
    {
        Proportion all = Proportion.Wilson(10, 10);
        Assert.Equal((10L, 10L, 1.0), (all.Count, all.N, all.Rate));
        Assert.Equal(1.0, all.Upper, 12);
        Assert.Equal(0.7225, all.Lower, 4); // Wilson 10/10: 1 − 0.2775, the mirror of 0/10
        Proportion none = Proportion.Wilson(0, 10);
        Assert.Equal(0.0, none.Lower);
        Proportion one = Proportion.Wilson(1, 4);
        Assert.Equal(0.25, one.Rate, 12);
        Assert.Equal(0.0456, one.Lower, 4); // Wilson 1/4: 0.0456 to 0.6994 (Newcombe 1998, method 3)
        Assert.Equal(0.6994, one.Upper, 4);
    }

    [Fact]
    public void A_proportion_prints_percentages_with_the_counts()
    {
        Assert.Equal("50.0% (95% CI 23.7% to 76.3%; 5/10)", Proportion.Wilson(5, 10).ToString());
        Assert.Equal("25.0% (95% CI 22.4% to 27.8%; 250/1,000)", Proportion.Wilson(250, 1000).ToString());
    }

    [Fact]
    public void A_mean_of_nothing_or_of_one_value_has_no_spread()
    {
        Assert.Equal(new MeanEstimate(0, 0, 0, 0, 0), MeanEstimate.FromSums(0, 0, 0));
        Assert.Equal(new MeanEstimate(1, 7, 0, 7, 7), MeanEstimate.FromSums(1, 7, 49));
        Assert.Equal(0, MeanEstimate.FromSums(1, 7, 49).StandardError);
    }

    [Fact]
    public void A_mean_of_two_values_uses_t_with_one_degree_of_freedom()
    {
        MeanEstimate m = MeanEstimate.FromSums(2, 4, 10); // 1 and 3: mean 2, sd √2
        Assert.Equal(2, m.Mean, 12);
        Assert.Equal(Math.Sqrt(2), m.Sd, 12);
        Assert.Equal(1.0, m.StandardError, 12);
        Assert.Equal(2 - 12.706, m.Lower, 9);
        Assert.Equal(2 + 12.706, m.Upper, 9);
    }

    [Theory]
    [InlineData(3, 4.303)] // df 2, from the table
    [InlineData(5, 2.776)] // df 4
    [InlineData(11, 2.228)] // df 10, the table's last row
    [InlineData(12, 2.201)] // df 11: beyond the table, the expansion gives 2.2009 (printed tables: 2.201)
    [InlineData(31, 2.042)] // df 30: 2.0423 (tables: 2.042)
    [InlineData(121, 1.980)] // df 120: 1.9799 (tables: 1.980)
    public void The_interval_half_width_is_t_975_times_the_standard_error(int n, double t)
    {
        // Values 0 and 2 alternating give sd close to 1; the half width divided by the standard error is t.
        long sum = 0;
        long squares = 0;
        for (int i = 0; i < n; i++)
        {
            int x = i % 2 == 0 ? 0 : 2;
            sum += x;
            squares += x * x;
        }

        MeanEstimate m = MeanEstimate.FromSums(n, sum, squares);
        Assert.Equal(t, (m.Upper - m.Mean) / m.StandardError, 3);
        Assert.Equal(m.Mean - m.Lower, m.Upper - m.Mean, 12);
    }

    [Fact]
    public void The_variance_is_exact_for_large_totals_and_never_negative()
    {
        // A million values of 1,000,000: the naive double formula loses the zero variance.
        MeanEstimate m = MeanEstimate.FromSums(1_000_000, 1_000_000L * 1_000_000, 1_000_000L * 1_000_000 * 1_000_000);
        Assert.Equal((1_000_000.0, 0.0), (m.Mean, m.Sd));
        Assert.Equal(m.Mean, m.Lower);
    }

    [Fact]
    public void A_mean_prints_with_its_spread_and_count()
    {
        Assert.Equal("2.00 (SD 1.41; 95% CI -10.71 to 14.71; n 2)", MeanEstimate.FromSums(2, 4, 10).ToString());
    }

    [Fact]
    public void Percentiles_of_nothing_are_zero_and_of_one_value_are_that_value()
    {
        Assert.Equal(new Percentiles(0, 0, 0, 0, 0, 0), Percentiles.FromHistogram(new Dictionary<int, long>()));
        Assert.Equal(new Percentiles(3, 4, 4, 4, 4, 4), Percentiles.FromHistogram(new Dictionary<int, long> { [4] = 3 }));
        Assert.Throws<ArgumentNullException>(() => Percentiles.FromHistogram(null!));
    }

    [Fact]
    public void Percentiles_read_a_histogram_in_value_order_whatever_its_key_order()
    {
        // Values 1 ×1, 2 ×2, 10 ×1 (n 4): type 7 gives P50 = 2, P25 = 1.75, P75 = 4, P5 = 1.15, P95 = 8.8.
        var h = new Dictionary<int, long> { [10] = 1, [2] = 2, [1] = 1 };
        Percentiles p = Percentiles.FromHistogram(h);
        Assert.Equal(4, p.N);
        Assert.Equal(2, p.P50, 12);
        Assert.Equal(1.75, p.P25, 12);
        Assert.Equal(4, p.P75, 12);
        Assert.Equal(1.15, p.P5, 12);
        Assert.Equal(8.8, p.P95, 12);
        Assert.Equal("median 2 (IQR 1.75 to 4; 5-95% 1.15 to 8.8)", p.ToString());
    }

    [Fact]
    public void Kaplan_Meier_without_events_stays_at_one_and_counts_the_censored()
    {
        IReadOnlyList<SurvivalPoint> km = KaplanMeier.Estimate(new Dictionary<int, long>(), new Dictionary<int, long> { [12] = 3, [16] = 2 });
        Assert.Equal([new SurvivalPoint(12, 5, 0, 3, 1, 1, 1), new SurvivalPoint(16, 2, 0, 2, 1, 1, 1)], km);
        Assert.Empty(KaplanMeier.Estimate(new Dictionary<int, long>(), new Dictionary<int, long>()));
    }

    [Fact]
    public void Kaplan_Meier_falls_to_zero_when_every_course_left_and_the_interval_closes()
    {
        IReadOnlyList<SurvivalPoint> km = KaplanMeier.Estimate(new Dictionary<int, long> { [3] = 2, [6] = 2 }, new Dictionary<int, long>());
        Assert.Equal(0.5, km[0].Survival, 12);
        Assert.Equal((4L, 2L, 0L), (km[0].AtRisk, km[0].Dropouts, km[0].Censored));
        Assert.Equal(new SurvivalPoint(6, 2, 2, 0, 0, 0, 0), km[1]);
    }

    [Fact]
    public void Kaplan_Meier_gives_the_log_log_interval_with_Greenwood_s_variance()
    {
        // 4 at risk, 1 leaves at session 3: S = 0.75, Greenwood Σ d/(n(n−d)) = 1/12;
        // log-log limits (Kalbfleisch & Prentice) S^exp(±1.96·√(1/12)/|ln S|) = 0.1279 to 0.9605.
        IReadOnlyList<SurvivalPoint> km = KaplanMeier.Estimate(new Dictionary<int, long> { [3] = 1 }, new Dictionary<int, long> { [8] = 3 });
        Assert.Equal(0.75, km[0].Survival, 12);
        Assert.Equal(0.1279, km[0].Lower, 4);
        Assert.Equal(0.9605, km[0].Upper, 4);
        Assert.Equal(new SurvivalPoint(8, 3, 0, 3, 0.75, km[0].Lower, km[0].Upper), km[1]);
    }

    [Fact]
    public void Kaplan_Meier_refuses_null()
    {
        Assert.Throws<ArgumentNullException>(() => KaplanMeier.Estimate(null!, new Dictionary<int, long>()));
        Assert.Throws<ArgumentNullException>(() => KaplanMeier.Estimate(new Dictionary<int, long>(), null!));
    }

    [Fact]
    public void Equatable_arrays_compare_by_their_items()
    {
        var a = new EquatableArray<int>([1, 2, 3]);
        var b = new EquatableArray<int>(new List<int> { 1, 2, 3 });
        var c = new EquatableArray<int>([1, 2]);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a != c);
        Assert.True(a.Equals((object)b));
        Assert.False(a.Equals((object)"[1, 2, 3]"));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a.GetHashCode(), c.GetHashCode());
        Assert.Equal((3, 2), (a.Count, a[1]));
        Assert.Equal([1, 2, 3], a);
        Assert.Equal([1, 2, 3], ((System.Collections.IEnumerable)a).Cast<int>());
        Assert.Equal("[3 items]", a.ToString());
    }

    [Fact]
    public void A_default_or_null_equatable_array_is_the_empty_array()
    {
        EquatableArray<int> d = default;
        int count = d.Count;
        Assert.Equal(0, count);
        Assert.True(d == EquatableArray<int>.Empty);
        Assert.True(new EquatableArray<int>(null!) == EquatableArray<int>.Empty);
        Assert.Empty(d);
        Assert.Equal(EquatableArray<int>.Empty.GetHashCode(), d.GetHashCode());
        Assert.Throws<IndexOutOfRangeException>(() => d[0]);
    }

    private static CourseRecord Record(
        int index, string status, int? dropoutAt, int recorded, int attended, int? fidelity = null, string? instrument = null,
        int? baseline = null, int? endpoint = null, bool? response = null, bool? remission = null, int? endpointPoint = null, MeasureRow[]? measures = null) =>
        new(new CourseRow("ipt", "a", 7, index, status, dropoutAt is null ? null : "dropout", "middle", recorded, recorded, attended, 70, dropoutAt,
                instrument, baseline, endpoint, null, endpointPoint, endpoint - baseline, response, remission, fidelity, 0, 0),
            [], measures ?? []);

    private static MeasureRow Measure(int? point, int total, string instrument = "phq-9") => new("ipt", "a", 0, instrument, point, point, 0, total, false);

    [Fact]
    public void Totals_count_outcomes_dropouts_and_the_censored_and_summarise_them()
    {
        var t = new ArmTotals { Arm = "a", Protocol = "ipt", Seed = 7, Schedules = ["phq-9-weekly"] };
        t.Add(Record(5, "completed", null, 16, 16, fidelity: 80, instrument: "phq-9", baseline: 20, endpoint: 8, response: true, remission: false, endpointPoint: 16, measures: [Measure(1, 20), Measure(16, 8)]));
        t.Add(Record(3, "discontinued", 4, 4, 3, instrument: "phq-9", baseline: 18, endpoint: 16, response: false, remission: null, endpointPoint: 3, measures: [Measure(1, 18), Measure(3, 16), Measure(null, 2)]));
        t.Add(Record(9, "discontinued", null, 6, 6));

        Assert.Equal((3L, 3L, 1L, 2L, 1L), (t.Courses, t.FirstIndex, t.Completed, t.Discontinued, t.Dropouts));
        Assert.Equal((2L, 1L, 1L, 0L), (t.Evaluable, t.Responders, t.RemissionEvaluable, t.Remitters));
        Assert.Equal(new long[] { 2, 38, (20 * 20) + (18 * 18) }, t.Baseline);
        Assert.Equal(new long[] { 2, -14, (12 * 12) + (2 * 2) }, t.Change);
        Assert.Equal(new long[] { 3, 25, (16 * 16) + 9 + 36 }, t.Attended);
        Assert.Equal(new long[] { 1, 80, 6400 }, t.Fidelity);
        Assert.Equal(new SortedDictionary<int, long> { [4] = 1 }, t.DropoutAt);
        Assert.Equal(new SortedDictionary<int, long> { [6] = 1, [16] = 1 }, t.CensoredAt);
        Assert.Equal(new SortedDictionary<int, long> { [3] = 1, [16] = 1 }, t.EndpointPointHistogram);
        Assert.Equal(["phq-9@0001", "phq-9@0003", "phq-9@0016"], t.Trajectory.Keys);
        Assert.Equal(new long[] { 2, 38, 724 }, t.Trajectory["phq-9@0001"]);

        ArmSummary s = t.ToSummary();
        Assert.Equal(("a", "ipt", 7L, 3L, "phq-9"), (s.Arm, s.Protocol, s.Seed, s.Courses, s.Instrument));
        Assert.Equal(["phq-9-weekly"], s.Schedules);
        Assert.Equal(Proportion.Wilson(1, 3), s.Completion);
        Assert.Equal(Proportion.Wilson(1, 3), s.Dropout);
        Assert.Equal(Proportion.Wilson(2, 3), s.Discontinuation);
        Assert.Equal(Proportion.Wilson(1, 2), s.Response);
        Assert.Equal(Proportion.Wilson(0, 1), s.Remission);
        Assert.Equal(MeanEstimate.FromSums(2, 38, 724), s.Baseline);
        Assert.Equal(MeanEstimate.FromSums(2, 24, 320), s.Endpoint);
        Assert.Equal(MeanEstimate.FromSums(1, 80, 6400), s.Fidelity);
        Assert.Equal(KaplanMeier.Estimate(t.DropoutAt, t.CensoredAt), s.TimeToDropout);
        Assert.Equal(new TrajectoryPoint("phq-9", 16, MeanEstimate.FromSums(1, 8, 64)), s.Trajectory[^1]);
        Assert.Equal(3, s.Trajectory.Count);
    }

    [Fact]
    public void Totals_without_measures_remission_or_fidelity_leave_those_out_of_the_summary()
    {
        var t = new ArmTotals();
        t.Add(Record(0, "completed", null, 12, 12));
        ArmSummary s = t.ToSummary();
        Assert.Null(s.Instrument);
        Assert.Null(s.Remission);
        Assert.Null(s.Fidelity);
        Assert.Equal(Proportion.Wilson(0, 0), s.Response);
        Assert.Empty(s.Trajectory);
        Assert.DoesNotContain("fidelity", s.Describe(), StringComparison.Ordinal);
        Assert.Contains("[none]", s.Describe(), StringComparison.Ordinal);
        Assert.Contains("remission        n/a", s.Describe(), StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => t.Add((CourseRecord)null!));
        Assert.Throws<ArgumentNullException>(() => t.Add((ArmTotals)null!));
    }

    [Fact]
    public void The_summary_s_instrument_is_the_one_most_courses_were_evaluated_on()
    {
        var t = new ArmTotals();
        t.Add(Record(0, "completed", null, 12, 12, instrument: "phq-9", baseline: 10, endpoint: 5, response: true));
        t.Add(Record(1, "completed", null, 12, 12, instrument: "ham-d", baseline: 10, endpoint: 5, response: true));
        t.Add(Record(2, "completed", null, 12, 12, instrument: "ham-d", baseline: 10, endpoint: 5, response: true));
        Assert.Equal("ham-d", t.ToSummary().Instrument);
        Assert.Equal(new SortedDictionary<string, long>(StringComparer.Ordinal) { ["ham-d"] = 2, ["phq-9"] = 1 }, t.Instruments);
    }

    [Fact]
    public void Merged_totals_are_the_totals_of_all_their_courses()
    {
        CourseRecord[] records =
        [
            Record(4, "completed", null, 16, 15, fidelity: 70, instrument: "phq-9", baseline: 20, endpoint: 5, response: true, remission: true, endpointPoint: 15, measures: [Measure(1, 20), Measure(15, 5)]),
            Record(2, "discontinued", 5, 5, 4, instrument: "phq-9", baseline: 12, endpoint: 12, response: false, remission: false, endpointPoint: 4, measures: [Measure(1, 12), Measure(4, 12)]),
            Record(8, "discontinued", null, 3, 3, fidelity: 50),
        ];
        var whole = new ArmTotals { Arm = "a" };
        foreach (CourseRecord r in records)
        {
            whole.Add(r);
        }

        var first = new ArmTotals { Arm = "a" };
        first.Add(records[0]);
        var rest = new ArmTotals();
        rest.Add(records[1]);
        rest.Add(records[2]);
        first.Add(rest);
        first.Add(new ArmTotals()); // an empty shard changes nothing, not even the first index
        Assert.Equal(whole.ToJson(), first.ToJson());
        Assert.Equal(2, first.FirstIndex);

        var empty = new ArmTotals();
        empty.Add(rest);
        Assert.Equal(2, empty.FirstIndex);
    }

    [Fact]
    public void Totals_read_back_from_their_json_and_null_json_is_refused()
    {
        var t = new ArmTotals { Arm = "a", Protocol = "ipt", Seed = 3, Schedules = ["s"] };
        t.Add(Record(1, "completed", null, 16, 16, fidelity: 90, instrument: "phq-9", baseline: 15, endpoint: 4, response: true, remission: true, endpointPoint: 16, measures: [Measure(1, 15), Measure(16, 4)]));
        ArmTotals back = ArmTotals.FromJson(t.ToJson());
        Assert.Equal(t.ToJson(), back.ToJson());
        Assert.Equal(t.ToSummary(), back.ToSummary());
        Assert.Contains("\n", t.ToJson(), StringComparison.Ordinal);
        Assert.Throws<System.Text.Json.JsonException>(() => ArmTotals.FromJson("null"));
    }

    [Fact]
    public void A_summary_describes_every_estimate_on_its_own_line()
    {
        var t = new ArmTotals { Arm = "a", Protocol = "ipt", Seed = 7 };
        t.Add(Record(0, "completed", null, 16, 16, fidelity: 80, instrument: "phq-9", baseline: 20, endpoint: 8, response: true, remission: true, endpointPoint: 16));
        string[] lines = t.ToSummary().Describe().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("arm a (protocol ipt), seed 7, 1 courses", lines[0]);
        Assert.Equal(["completion", "dropout", "response", "remission", "baseline", "endpoint", "change", "sessions", "fidelity"], lines.Skip(1).Select(l => l.Trim().Split(' ')[0]));
        Assert.EndsWith("[phq-9]", lines[3], StringComparison.Ordinal);
    }
}
