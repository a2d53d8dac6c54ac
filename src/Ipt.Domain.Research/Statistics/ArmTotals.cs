using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Ardalis.GuardClauses;
using Ipt.Domain.Research.Rows;

namespace Ipt.Domain.Research.Statistics;

/// <summary>
/// Exact integer totals of one arm: counts, sums, sums of squares and histograms, fed course by course. Totals of
/// consecutive shards <see cref="Add(ArmTotals)">add up</see> to exactly the totals of the single run, and
/// <see cref="ToSummary"/> derives every estimate from them, so a merged summary equals the single-run summary.
/// Serialisable to JSON (<see cref="ToJson"/>, <see cref="FromJson"/>) for merging shards run on other machines.
/// </summary>
public sealed class ArmTotals
{
    /// <summary>Arm label.</summary>
    public string Arm { get; set; } = string.Empty;

    /// <summary>Protocol id.</summary>
    public string Protocol { get; set; } = string.Empty;

    /// <summary>Seed.</summary>
    public long Seed { get; set; }

    /// <summary>Measurement schedule ids of the protocol (for the comparability check).</summary>
    public List<string> Schedules { get; set; } = [];

    /// <summary>Courses counted.</summary>
    public long Courses { get; set; }

    /// <summary>Lowest course index counted (or -1 when none).</summary>
    public long FirstIndex { get; set; } = -1;

    /// <summary>Completed courses.</summary>
    public long Completed { get; set; }

    /// <summary>Discontinued courses (any reason).</summary>
    public long Discontinued { get; set; }

    /// <summary>Dropouts.</summary>
    public long Dropouts { get; set; }

    /// <summary>Courses with a primary outcome.</summary>
    public long Evaluable { get; set; }

    /// <summary>Responders.</summary>
    public long Responders { get; set; }

    /// <summary>Courses whose criteria define remission (denominator of the remission rate).</summary>
    public long RemissionEvaluable { get; set; }

    /// <summary>Remitters.</summary>
    public long Remitters { get; set; }

    /// <summary>Primary instrument → courses using it.</summary>
    public SortedDictionary<string, long> Instruments { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Sums for the baseline: [n, Σ, Σ²].</summary>
    public long[] Baseline { get; set; } = new long[3];

    /// <summary>Sums for the endpoint.</summary>
    public long[] Endpoint { get; set; } = new long[3];

    /// <summary>Sums for the change.</summary>
    public long[] Change { get; set; } = new long[3];

    /// <summary>Sums for sessions attended.</summary>
    public long[] Attended { get; set; } = new long[3];

    /// <summary>Sums for the fidelity score.</summary>
    public long[] Fidelity { get; set; } = new long[3];

    /// <summary>Sessions attended → courses.</summary>
    public SortedDictionary<int, long> AttendedHistogram { get; set; } = [];

    /// <summary>Change → courses.</summary>
    public SortedDictionary<int, long> ChangeHistogram { get; set; } = [];

    /// <summary>Endpoint measurement point → courses.</summary>
    public SortedDictionary<int, long> EndpointPointHistogram { get; set; } = [];

    /// <summary>Sessions recorded at dropout → dropouts.</summary>
    public SortedDictionary<int, long> DropoutAt { get; set; } = [];

    /// <summary>Sessions recorded at the end of a course that did not drop out → courses (censored).</summary>
    public SortedDictionary<int, long> CensoredAt { get; set; } = [];

    /// <summary>"instrument@point" → [n, Σ, Σ²] of the totals measured there.</summary>
    public SortedDictionary<string, long[]> Trajectory { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Counts one course.</summary>
    /// <param name="record">Its rows.</param>
    public void Add(CourseRecord record)
    {
        Guard.Against.Null(record);
        CourseRow c = record.Course;
        Courses++;
        FirstIndex = FirstIndex < 0 ? c.CourseIndex : Math.Min(FirstIndex, c.CourseIndex);
        Completed += c.Status == "completed" ? 1 : 0;
        Discontinued += c.Status == "discontinued" ? 1 : 0;
        if (c.DropoutSession is int d)
        {
            Dropouts++;
            Bump(DropoutAt, d);
        }
        else
        {
            Bump(CensoredAt, c.SessionsRecorded);
        }

        Sum(Attended, c.SessionsAttended);
        Bump(AttendedHistogram, c.SessionsAttended);
        if (c.FidelityScore is int f)
        {
            Sum(Fidelity, f);
        }

        if (c.Response is bool response && c.Instrument is string instrument)
        {
            Evaluable++;
            Responders += response ? 1 : 0;
            Instruments[instrument] = Instruments.GetValueOrDefault(instrument) + 1;
            if (c.Remission is bool remission)
            {
                RemissionEvaluable++;
                Remitters += remission ? 1 : 0;
            }

            Sum(Baseline, c.Baseline!.Value);
            Sum(Endpoint, c.Endpoint!.Value);
            Sum(Change, c.Change!.Value);
            Bump(ChangeHistogram, c.Change.Value);
            if (c.EndpointPoint is int p)
            {
                Bump(EndpointPointHistogram, p);
            }
        }

        foreach (MeasureRow m in record.Measures)
        {
            if (m.MeasurementPoint is int point)
            {
                string key = m.Instrument + "@" + point.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
                if (!Trajectory.TryGetValue(key, out long[]? sums))
                {
                    sums = new long[3];
                    Trajectory[key] = sums;
                }

                Sum(sums, m.Total);
            }
        }
    }

    /// <summary>Adds the totals of another shard of the same arm.</summary>
    /// <param name="other">The other totals.</param>
    public void Add(ArmTotals other)
    {
        Guard.Against.Null(other);
        Courses += other.Courses;
        FirstIndex = FirstIndex < 0 ? other.FirstIndex : other.FirstIndex < 0 ? FirstIndex : Math.Min(FirstIndex, other.FirstIndex);
        Completed += other.Completed;
        Discontinued += other.Discontinued;
        Dropouts += other.Dropouts;
        Evaluable += other.Evaluable;
        Responders += other.Responders;
        RemissionEvaluable += other.RemissionEvaluable;
        Remitters += other.Remitters;
        foreach (KeyValuePair<string, long> i in other.Instruments)
        {
            Instruments[i.Key] = Instruments.GetValueOrDefault(i.Key) + i.Value;
        }

        AddAll(Baseline, other.Baseline);
        AddAll(Endpoint, other.Endpoint);
        AddAll(Change, other.Change);
        AddAll(Attended, other.Attended);
        AddAll(Fidelity, other.Fidelity);
        Merge(AttendedHistogram, other.AttendedHistogram);
        Merge(ChangeHistogram, other.ChangeHistogram);
        Merge(EndpointPointHistogram, other.EndpointPointHistogram);
        Merge(DropoutAt, other.DropoutAt);
        Merge(CensoredAt, other.CensoredAt);
        foreach (KeyValuePair<string, long[]> t in other.Trajectory)
        {
            if (!Trajectory.TryGetValue(t.Key, out long[]? sums))
            {
                sums = new long[3];
                Trajectory[t.Key] = sums;
            }

            AddAll(sums, t.Value);
        }
    }

    /// <summary>The arm's summary with every interval.</summary>
    /// <returns>The summary.</returns>
    public ArmSummary ToSummary()
    {
        var trajectory = new List<TrajectoryPoint>();
        foreach (KeyValuePair<string, long[]> t in Trajectory)
        {
            int at = t.Key.LastIndexOf('@');
            trajectory.Add(new TrajectoryPoint(t.Key[..at], int.Parse(t.Key[(at + 1)..], System.Globalization.CultureInfo.InvariantCulture), MeanEstimate.FromSums(t.Value[0], t.Value[1], t.Value[2])));
        }

        return new ArmSummary(
            Arm, Protocol, Seed, Courses,
            new EquatableArray<string>(Schedules),
            Instruments.Count == 0 ? null : Instruments.MaxBy(i => i.Value).Key,
            Proportion.Wilson(Completed, Courses),
            Proportion.Wilson(Dropouts, Courses),
            Proportion.Wilson(Discontinued, Courses),
            Proportion.Wilson(Responders, Evaluable),
            RemissionEvaluable == 0 ? null : Proportion.Wilson(Remitters, RemissionEvaluable),
            MeanEstimate.FromSums(Baseline[0], Baseline[1], Baseline[2]),
            MeanEstimate.FromSums(Endpoint[0], Endpoint[1], Endpoint[2]),
            MeanEstimate.FromSums(Change[0], Change[1], Change[2]),
            Percentiles.FromHistogram(ChangeHistogram),
            MeanEstimate.FromSums(Attended[0], Attended[1], Attended[2]),
            Percentiles.FromHistogram(AttendedHistogram),
            Percentiles.FromHistogram(EndpointPointHistogram),
            Fidelity[0] == 0 ? null : MeanEstimate.FromSums(Fidelity[0], Fidelity[1], Fidelity[2]),
            new EquatableArray<SurvivalPoint>(KaplanMeier.Estimate(DropoutAt, CensoredAt)),
            new EquatableArray<TrajectoryPoint>(trajectory));
    }

    /// <summary>The totals as JSON.</summary>
    /// <returns>JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, Options);

    /// <summary>Reads totals written by <see cref="ToJson"/>.</summary>
    /// <param name="json">JSON text.</param>
    /// <returns>The totals.</returns>
    /// <exception cref="JsonException">The text is not totals JSON.</exception>
    public static ArmTotals FromJson(string json) => JsonSerializer.Deserialize<ArmTotals>(json, Options) ?? throw new JsonException("No totals in the JSON.");

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    private static void Sum(long[] sums, long value)
    {
        sums[0]++;
        sums[1] += value;
        sums[2] += value * value;
    }

    private static void Bump(SortedDictionary<int, long> histogram, int value) => histogram[value] = histogram.GetValueOrDefault(value) + 1;

    private static void Merge(SortedDictionary<int, long> into, SortedDictionary<int, long> from)
    {
        foreach (KeyValuePair<int, long> kv in from)
        {
            into[kv.Key] = into.GetValueOrDefault(kv.Key) + kv.Value;
        }
    }

    private static void AddAll(long[] into, long[] from)
    {
        for (int i = 0; i < into.Length; i++)
        {
            into[i] += from[i];
        }
    }
}
