using System;
using System.Collections.Generic;
using System.Threading;
using Ardalis.GuardClauses;
using Ipt.Domain.Measures;
using Ipt.Domain.Research.Rows;
using Ipt.Domain.Research.Statistics;
using Ipt.Domain.Simulation;

namespace Ipt.Domain.Research.Export;

/// <summary>
/// Runs a seeded cohort through <see cref="CohortSimulator"/> in batches of consecutive courses and streams every
/// course's rows, in course order, to the sinks while counting the arm's <see cref="ArmTotals"/>. Memory is bounded by
/// the batch (<see cref="BatchSize"/> courses), not by the cohort. The rows and totals do not depend on the batch size,
/// the shard split or the thread count.
/// </summary>
public static class CohortRunner
{
    /// <summary>Courses per batch: the memory bound of a run.</summary>
    public const int BatchSize = 8 * CohortSimulator.ChunkSize;

    /// <summary>Runs the courses of <paramref name="shard"/> of the cohort <paramref name="settings"/> describes
    /// (<see cref="SimulationSettings.CohortSize"/> is the whole cohort; <see cref="SimulationSettings.FirstCourseIndex"/> is ignored).</summary>
    /// <param name="settings">What to simulate.</param>
    /// <param name="arm">Arm label, or null for the protocol id.</param>
    /// <param name="sinks">Where rows go; null to count only.</param>
    /// <param name="shard">Which shard; <see cref="Shard.Whole"/> for the whole cohort.</param>
    /// <param name="progress">Receives courses done and courses in the shard after each batch; may be null.</param>
    /// <param name="cancellationToken">Stops between courses.</param>
    /// <returns>The totals of the shard.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ArmTotals Run(SimulationSettings settings, string? arm = null, CohortSinks? sinks = null, Shard? shard = null, IProgress<(long Done, long Total)>? progress = null, CancellationToken cancellationToken = default) =>
        Run(settings, arm, sinks, shard, progress, null, cancellationToken);

    /// <summary>As the public overload; <paramref name="completed"/>, when given, also counts the completed courses alone.</summary>
    internal static ArmTotals Run(SimulationSettings settings, string? arm, CohortSinks? sinks, Shard? shard, IProgress<(long Done, long Total)>? progress, ArmTotals? completed, CancellationToken cancellationToken)
    {
        Guard.Against.Null(settings);
        settings.Validate();
        string label = arm ?? settings.Protocol.Id;
        (int first, int size) = (shard ?? Shard.Whole).RangeOf(settings.CohortSize);
        var totals = new ArmTotals { Arm = label, Protocol = settings.Protocol.Id, Seed = settings.Seed };
        foreach (MeasurementSchedule s in settings.Protocol.MeasurementSchedules)
        {
            totals.Schedules.Add(s.Id);
        }

        if (completed is not null)
        {
            (completed.Arm, completed.Protocol, completed.Seed) = (label, settings.Protocol.Id, settings.Seed);
            completed.Schedules.AddRange(totals.Schedules);
        }

        OutcomeCriteria[] criteria = [.. settings.OutcomeCriteria];
        var batch = new CourseRecord?[Math.Min(BatchSize, Math.Max(size, 1))];
        for (int start = first; start < first + size; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int count = Math.Min(BatchSize, first + size - start);
            SimulationSettings part = settings with { FirstCourseIndex = start, CohortSize = count, KeepCourses = false };
            int offset = start;
            CohortSimulator.Default.RunStreaming(
                part,
                c => batch[c.Index - offset] = CourseRecord.From(c.Course, c.Index, label, settings.Seed, criteria, c.FidelityScore, c.FidelityFindings),
                null,
                cancellationToken);
            for (int i = 0; i < count; i++)
            {
                CourseRecord record = batch[i]!;
                batch[i] = null;
                totals.Add(record);
                if (completed is not null && record.Course.Status == "completed")
                {
                    completed.Add(record);
                }
                sinks?.Courses?.Write(record.Course);
                if (sinks?.Sessions is { } sessions)
                {
                    foreach (SessionRow s in record.Sessions)
                    {
                        sessions.Write(s);
                    }
                }

                if (sinks?.Measures is { } measures)
                {
                    foreach (MeasureRow m in record.Measures)
                    {
                        measures.Write(m);
                    }
                }
            }

            progress?.Report((start + count - first, size));
        }

        return totals;
    }

    /// <summary>Runs a whole cohort and summarises it.</summary>
    /// <param name="settings">What to simulate.</param>
    /// <param name="arm">Arm label, or null for the protocol id.</param>
    /// <param name="cancellationToken">Stops between courses.</param>
    /// <returns>The summary.</returns>
    public static ArmSummary Summarise(SimulationSettings settings, string? arm = null, CancellationToken cancellationToken = default) =>
        Run(settings, arm, null, null, null, cancellationToken).ToSummary();

    /// <summary>The rows of every course of a small cohort, in order (for tests and notebooks; holds them all).</summary>
    /// <param name="settings">What to simulate.</param>
    /// <param name="arm">Arm label.</param>
    /// <returns>The records.</returns>
    public static IReadOnlyList<CourseRecord> Records(SimulationSettings settings, string? arm = null)
    {
        Guard.Against.Null(settings);
        var all = new List<CourseRecord>(settings.CohortSize);
        OutcomeCriteria[] criteria = [.. settings.OutcomeCriteria];
        SimulationResult r = CohortSimulator.Default.Run(settings with { KeepCourses = true, FirstCourseIndex = 0 });
        foreach (SimulatedCourse c in r.Courses)
        {
            all.Add(CourseRecord.From(c.Course, c.Index, arm ?? settings.Protocol.Id, settings.Seed, criteria, c.FidelityScore, c.FidelityFindings));
        }

        return all;
    }
}
