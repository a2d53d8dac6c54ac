using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Ipt.Domain.Protocols;
using Ipt.Domain.Research.Export;
using Ipt.Domain.Research.Rows;
using Ipt.Domain.Research.Statistics;
using Ipt.Domain.Simulation;

namespace Ipt.Domain.Integration.Tests.Research;

/// <summary>The cohort runner on small cohorts: the arm's label and schedules in the totals, a shard's range of
/// courses, progress after each batch, cancellation before any course, invalid settings refused even for an empty
/// cohort, and the in-memory records of a small cohort.</summary>
public sealed class CohortRunnerTests
{
    private static readonly SimulationSettings Small = new() { CohortSize = 30, Seed = 5, ReviewFidelity = false };

    private sealed class Reports : IProgress<(long Done, long Total)>
    {
        public List<(long Done, long Total)> Seen { get; } = [];

        public void Report((long Done, long Total) value) => Seen.Add(value);
    }

    [Fact]
    public void The_totals_carry_the_arm_label_or_else_the_protocol_id_and_the_protocols_schedules()
    {
        ArmTotals unlabelled = CohortRunner.Run(Small);
        Assert.Equal("ipt", unlabelled.Arm);
        Assert.Equal("ipt", unlabelled.Protocol);
        Assert.Equal(5, unlabelled.Seed);
        Assert.Equal(StandardIpt.Definition.MeasurementSchedules.Select(s => s.Id), unlabelled.Schedules);
        Assert.Equal(30, unlabelled.Courses);

        ArmTotals labelled = CohortRunner.Run(Small, arm: "control");
        Assert.Equal("control", labelled.Arm);
        Assert.Equal("ipt", labelled.Protocol);
    }

    [Fact]
    public void A_shard_runs_its_range_of_the_cohort_in_course_order_and_reports_progress_once_per_batch()
    {
        var rows = new Collect<CourseRow>();
        var progress = new Reports();
        ArmTotals t = CohortRunner.Run(Small, "arm", new CohortSinks(rows), new Shard(2, 3), progress);
        Assert.Equal(Enumerable.Range(10, 10), rows.Rows.Select(r => r.CourseIndex));
        Assert.All(rows.Rows, r => Assert.Equal("arm", r.Arm));
        Assert.Equal(10, t.Courses);
        Assert.Equal([(10L, 10L)], progress.Seen);
    }

    [Fact]
    public void A_cancelled_run_stops_before_any_course()
    {
        var rows = new Collect<CourseRow>();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => CohortRunner.Run(Small, sinks: new CohortSinks(rows), cancellationToken: cancelled.Token));
        Assert.Empty(rows.Rows);
    }

    [Fact]
    public void Invalid_settings_are_misuse_even_for_an_empty_cohort()
    {
        Assert.Throws<ArgumentNullException>(() => CohortRunner.Run(null!));
        Assert.Throws<ArgumentNullException>(() => CohortRunner.Run(Small with { CohortSize = 0, SymptomModel = null! }));
        Assert.Equal(0, CohortRunner.Run(Small with { CohortSize = 0 }).Courses);
    }

    [Fact]
    public void Records_of_a_small_cohort_are_the_streamed_rows_with_the_arm_label()
    {
        var rows = new Collect<CourseRow>();
        CohortRunner.Run(Small, sinks: new CohortSinks(rows));
        IReadOnlyList<CourseRecord> records = CohortRunner.Records(Small);
        Assert.Equal(rows.Rows, records.Select(r => r.Course));
        Assert.All(records, r => Assert.Equal("ipt", r.Course.Arm));
        Assert.All(CohortRunner.Records(Small with { CohortSize = 3 }, "b"), r => Assert.Equal("b", r.Course.Arm));
        Assert.Throws<ArgumentNullException>(() => CohortRunner.Records(null!));
    }
}
