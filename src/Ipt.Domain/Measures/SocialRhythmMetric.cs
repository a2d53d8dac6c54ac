using System;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Measures;

/// <summary>The five daily anchors of the SRM-5 (Monk et al. 2002) [S55], in form order.</summary>
public enum SrmActivity
{
    /// <summary>1 — got out of bed.</summary>
    OutOfBed = 0,

    /// <summary>2 — first contact (in person or by phone) with another person.</summary>
    FirstContactWithAnotherPerson = 1,

    /// <summary>3 — started work, housework or volunteer activities.</summary>
    StartedWorkHouseworkOrVolunteering = 2,

    /// <summary>4 — had dinner.</summary>
    Dinner = 3,

    /// <summary>5 — went to bed.</summary>
    WentToBed = 4,
}

/// <summary>How the reference time of each activity is set [S57] (weak) / clinical use (unconfirmed).</summary>
public enum SrmReferenceMode
{
    /// <summary>Research scoring: the person's habitual time that week — the circular mean of the recorded times.</summary>
    Habitual = 0,

    /// <summary>Clinical IPSRT use: a target time agreed with the therapist.</summary>
    Target = 1,
}

/// <summary>
/// One diary day of the SRM-5: the clock time of each activity's first occurrence, or null when it was not done or
/// not recorded. A missing day is <c>default</c> (all null) and simply earns no hits.
/// </summary>
/// <param name="OutOfBed">Time of getting out of bed.</param>
/// <param name="FirstContactWithAnotherPerson">Time of first contact with another person.</param>
/// <param name="StartedWorkHouseworkOrVolunteering">Time work, housework or volunteering started.</param>
/// <param name="Dinner">Time of dinner.</param>
/// <param name="WentToBed">Time of going to bed (may be after midnight).</param>
public readonly record struct SrmDay(
    TimeOnly? OutOfBed,
    TimeOnly? FirstContactWithAnotherPerson,
    TimeOnly? StartedWorkHouseworkOrVolunteering,
    TimeOnly? Dinner,
    TimeOnly? WentToBed)
{
    /// <summary>The time recorded for one activity.</summary>
    /// <param name="activity">The activity.</param>
    /// <exception cref="ArgumentOutOfRangeException">The activity is not one of the five.</exception>
    public TimeOnly? this[SrmActivity activity] => activity switch
    {
        SrmActivity.OutOfBed => OutOfBed,
        SrmActivity.FirstContactWithAnotherPerson => FirstContactWithAnotherPerson,
        SrmActivity.StartedWorkHouseworkOrVolunteering => StartedWorkHouseworkOrVolunteering,
        SrmActivity.Dinner => Dinner,
        SrmActivity.WentToBed => WentToBed,
        _ => throw new ArgumentOutOfRangeException(nameof(activity)),
    };
}

/// <summary>Target times agreed with the therapist, one per SRM-5 activity (clinical IPSRT use; <b>unconfirmed</b>).</summary>
/// <param name="OutOfBed">Target for getting out of bed.</param>
/// <param name="FirstContactWithAnotherPerson">Target for first contact.</param>
/// <param name="StartedWorkHouseworkOrVolunteering">Target for starting work, housework or volunteering.</param>
/// <param name="Dinner">Target for dinner.</param>
/// <param name="WentToBed">Target for going to bed.</param>
public readonly record struct SrmTargetTimes(
    TimeOnly OutOfBed,
    TimeOnly FirstContactWithAnotherPerson,
    TimeOnly StartedWorkHouseworkOrVolunteering,
    TimeOnly Dinner,
    TimeOnly WentToBed)
{
    /// <summary>The target of one activity.</summary>
    /// <param name="activity">The activity.</param>
    /// <exception cref="ArgumentOutOfRangeException">The activity is not one of the five.</exception>
    public TimeOnly this[SrmActivity activity] => activity switch
    {
        SrmActivity.OutOfBed => OutOfBed,
        SrmActivity.FirstContactWithAnotherPerson => FirstContactWithAnotherPerson,
        SrmActivity.StartedWorkHouseworkOrVolunteering => StartedWorkHouseworkOrVolunteering,
        SrmActivity.Dinner => Dinner,
        SrmActivity.WentToBed => WentToBed,
        _ => throw new ArgumentOutOfRangeException(nameof(activity)),
    };
}

/// <summary>
/// Scoring settings of the SRM (M9). Defaults: ±45-minute hit window (<b>unconfirmed</b>: widely repeated, not in a
/// retrieved primary text), 3 hits for a qualifying activity ([S57], <b>weak</b>), habitual reference times.
/// </summary>
public sealed record SrmScoringOptions
{
    /// <summary>Default hit window: ±45 minutes (unconfirmed; keep configurable).</summary>
    public static readonly TimeSpan DefaultHitWindow = TimeSpan.FromMinutes(45);

    /// <summary>Default minimum hits for an activity to qualify: 3 ([S57], weak).</summary>
    public const int DefaultMinimumHitsToQualify = 3;

    private SrmScoringOptions(SrmReferenceMode mode, SrmTargetTimes? targets, TimeSpan? hitWindow, int minimumHits)
    {
        TimeSpan window = hitWindow ?? DefaultHitWindow;
        Guard.Against.LessThanOrEqual(window, TimeSpan.Zero, nameof(hitWindow));
        Guard.Against.GreaterThanOrEqual(window, TimeSpan.FromHours(12), nameof(hitWindow));
        Guard.Against.LessThan(minimumHits, 1);
        Guard.Against.GreaterThan(minimumHits, SocialRhythmMetric.DaysPerWeek);
        ReferenceMode = mode;
        TargetTimes = targets;
        HitWindow = window;
        MinimumHitsToQualify = minimumHits;
    }

    /// <summary>Habitual reference times, 45-minute window, 3 hits to qualify.</summary>
    public static SrmScoringOptions Default { get; } = Habitual();

    /// <summary>How reference times are set.</summary>
    public SrmReferenceMode ReferenceMode { get; }

    /// <summary>The targets in <see cref="SrmReferenceMode.Target"/> mode; otherwise null.</summary>
    public SrmTargetTimes? TargetTimes { get; }

    /// <summary>Half-width of the hit window: a time within ± this of the reference is a hit (inclusive).</summary>
    public TimeSpan HitWindow { get; }

    /// <summary>Hits an activity needs in the week to count as qualifying.</summary>
    public int MinimumHitsToQualify { get; }

    /// <summary>Research scoring against each activity's habitual (circular-mean) time that week.</summary>
    /// <param name="hitWindow">Half-width of the hit window; default 45 minutes. Must be above zero and below 12 hours.</param>
    /// <param name="minimumHitsToQualify">Hits needed to qualify, 1–7; default 3.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public static SrmScoringOptions Habitual(TimeSpan? hitWindow = null, int minimumHitsToQualify = DefaultMinimumHitsToQualify) =>
        new(SrmReferenceMode.Habitual, null, hitWindow, minimumHitsToQualify);

    /// <summary>Clinical scoring against target times agreed with the therapist.</summary>
    /// <param name="targets">One target per activity.</param>
    /// <param name="hitWindow">Half-width of the hit window; default 45 minutes. Must be above zero and below 12 hours.</param>
    /// <param name="minimumHitsToQualify">Hits needed to qualify, 1–7; default 3.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public static SrmScoringOptions Target(SrmTargetTimes targets, TimeSpan? hitWindow = null, int minimumHitsToQualify = DefaultMinimumHitsToQualify) =>
        new(SrmReferenceMode.Target, targets, hitWindow, minimumHitsToQualify);
}

/// <summary>How one activity fared in a scored SRM week.</summary>
/// <param name="Activity">The activity.</param>
/// <param name="ReferenceTime">The reference time used (target, or habitual mean to the second); null when no habitual time exists (not done, or times spread evenly round the clock).</param>
/// <param name="DaysPerformed">Days with a recorded time (0–7).</param>
/// <param name="Hits">Days within the hit window of the reference time (0–7).</param>
/// <param name="Qualifies">True when <paramref name="Hits"/> reached the minimum.</param>
public sealed record SrmActivityResult(SrmActivity Activity, TimeOnly? ReferenceTime, int DaysPerformed, int Hits, bool Qualifies);

/// <summary>
/// A scored SRM-5 week. <see cref="Score"/> = hits over qualifying activities ÷ number of qualifying activities, 0–7
/// (higher = more regular) [S57][S58]. When no activity qualifies the score is undefined: <see cref="Score"/> is null
/// and <see cref="NoScoreReasonCode"/> is <see cref="MeasureErrors.SrmNoQualifyingActivityCode"/>.
/// </summary>
public sealed class SocialRhythmScore
{
    internal SocialRhythmScore(
        double? score, string? noScoreReasonCode, int qualifyingActivityCount, int qualifyingHits, int activityLevelIndex,
        ImmutableArray<SrmActivityResult> activities, SrmScoringOptions options)
    {
        Score = score;
        NoScoreReasonCode = noScoreReasonCode;
        QualifyingActivityCount = qualifyingActivityCount;
        QualifyingHits = qualifyingHits;
        ActivityLevelIndex = activityLevelIndex;
        Activities = activities;
        Options = options;
    }

    /// <summary>Instrument code, <c>srm-5</c>.</summary>
    public static string InstrumentCode => SocialRhythmMetric.Code;

    /// <summary>The SRM score, 0–7; null when no activity qualified.</summary>
    public double? Score { get; }

    /// <summary>Why <see cref="Score"/> is null (<c>srm.no-qualifying-activity</c>); null when there is a score.</summary>
    public string? NoScoreReasonCode { get; }

    /// <summary>Number of qualifying activities (0–5).</summary>
    public int QualifyingActivityCount { get; }

    /// <summary>Sum of the hits of the qualifying activities.</summary>
    public int QualifyingHits { get; }

    /// <summary>
    /// Activity level index (ALIR): the number of activities performed on at least 3 days of the week (0–5).
    /// <b>Unconfirmed</b> companion index.
    /// </summary>
    public int ActivityLevelIndex { get; }

    /// <summary>Per-activity detail, in <see cref="SrmActivity"/> order.</summary>
    public ImmutableArray<SrmActivityResult> Activities { get; }

    /// <summary>The settings used.</summary>
    public SrmScoringOptions Options { get; }
}

/// <summary>
/// The Social Rhythm Metric, 5-item version (SRM-5, Monk et al. 2002) [S55]: a weekly diary of the clock times of five
/// daily anchors, scored per §15.3 of the domain brief. Clock differences wrap round midnight (23:50 and 00:10 are 20
/// minutes apart) and habitual times are circular means, so bedtimes around midnight score correctly.
/// </summary>
public static class SocialRhythmMetric
{
    /// <summary>Instrument code used by measurement schedules.</summary>
    public const string Code = "srm-5";

    /// <summary>Days in one diary week [S55][S58].</summary>
    public const int DaysPerWeek = 7;

    /// <summary>Activities in the SRM-5 [S55].</summary>
    public const int ActivityCount = 5;

    /// <summary>Lowest score [S58].</summary>
    public const double ScoreMinimum = 0;

    /// <summary>Highest score [S58].</summary>
    public const double ScoreMaximum = 7;

    /// <summary>Days an activity must be performed to count towards the ALIR (<b>unconfirmed</b>).</summary>
    public const int ActivityLevelMinimumDays = 3;

    // Below this mean resultant length the recorded times are spread evenly round the clock and have no mean direction.
    private const double MinimumResultantLength = 1e-9;

    /// <summary>Scores one diary week.</summary>
    /// <param name="week">Exactly seven days, in any order (the score does not depend on it).</param>
    /// <param name="options">Scoring settings; <see cref="SrmScoringOptions.Default"/> when null.</param>
    /// <returns>The score (possibly without a value, see <see cref="SocialRhythmScore"/>), or <see cref="MeasureErrors.SrmWrongDayCountCode"/>.</returns>
    public static Result<SocialRhythmScore> Score(ReadOnlySpan<SrmDay> week, SrmScoringOptions? options = null)
    {
        options ??= SrmScoringOptions.Default;
        if (week.Length != DaysPerWeek)
        {
            return MeasureErrors.SrmWrongDayCount(week.Length);
        }

        long windowTicks = options.HitWindow.Ticks;
        var results = new SrmActivityResult[ActivityCount];
        Span<long> times = stackalloc long[DaysPerWeek];
        int qualifying = 0;
        int qualifyingHits = 0;
        int activityLevel = 0;
        for (int a = 0; a < ActivityCount; a++)
        {
            var activity = (SrmActivity)a;
            int performed = 0;
            foreach (SrmDay day in week)
            {
                if (day[activity] is TimeOnly t)
                {
                    times[performed++] = t.Ticks;
                }
            }

            Span<long> recorded = times[..performed];
            long? reference = options.ReferenceMode == SrmReferenceMode.Target
                ? options.TargetTimes!.Value[activity].Ticks
                : HabitualTicks(recorded);

            int hits = 0;
            if (reference is long r)
            {
                foreach (long t in recorded)
                {
                    if (ClockDistanceTicks(t, r) <= windowTicks)
                    {
                        hits++;
                    }
                }
            }

            bool qualifies = hits >= options.MinimumHitsToQualify;
            if (qualifies)
            {
                qualifying++;
                qualifyingHits += hits;
            }

            if (performed >= ActivityLevelMinimumDays)
            {
                activityLevel++;
            }

            results[a] = new SrmActivityResult(activity, reference is long rt ? new TimeOnly(rt) : null, performed, hits, qualifies);
        }

        double? score = qualifying == 0 ? null : (double)qualifyingHits / qualifying;
        string? reason = qualifying == 0 ? MeasureErrors.SrmNoQualifyingActivityCode : null;
        return new SocialRhythmScore(
            score, reason, qualifying, qualifyingHits, activityLevel,
            System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(results), options);
    }

    /// <summary>
    /// Distance between two clock times on a 24-hour circle, at most 12 hours: 23:50 and 00:10 are 20 minutes apart.
    /// </summary>
    /// <param name="first">A clock time.</param>
    /// <param name="second">Another clock time.</param>
    public static TimeSpan ClockDistance(TimeOnly first, TimeOnly second) =>
        new(ClockDistanceTicks(first.Ticks, second.Ticks));

    /// <summary>
    /// The circular mean of clock times (the mean direction on a 24-hour clock), to the second; null when there are no
    /// times or they are spread so evenly round the clock that no mean direction exists. The result does not depend on
    /// the order of the times.
    /// </summary>
    /// <param name="times">Clock times.</param>
    public static TimeOnly? CircularMean(ReadOnlySpan<TimeOnly> times)
    {
        Span<long> ticks = times.Length <= 64 ? stackalloc long[times.Length] : new long[times.Length];
        for (int i = 0; i < times.Length; i++)
        {
            ticks[i] = times[i].Ticks;
        }

        return HabitualTicks(ticks) is long mean ? new TimeOnly(mean) : null;
    }

    private static long ClockDistanceTicks(long a, long b)
    {
        long d = Math.Abs(a - b) % TimeSpan.TicksPerDay;
        return Math.Min(d, TimeSpan.TicksPerDay - d);
    }

    // Circular mean, rounded to the second. The ticks are sorted first so the floating-point sums, and hence the
    // result, are identical for every order of the same days.
    private static long? HabitualTicks(Span<long> ticks)
    {
        if (ticks.Length == 0)
        {
            return null;
        }

        ticks.Sort();
        double sin = 0;
        double cos = 0;
        foreach (long t in ticks)
        {
            double angle = 2 * Math.PI * t / TimeSpan.TicksPerDay;
            sin += Math.Sin(angle);
            cos += Math.Cos(angle);
        }

        if (Math.Sqrt((sin * sin) + (cos * cos)) / ticks.Length < MinimumResultantLength)
        {
            return null;
        }

        double meanAngle = Math.Atan2(sin, cos);
        if (meanAngle < 0)
        {
            meanAngle += 2 * Math.PI;
        }

        long seconds = (long)Math.Round(meanAngle / (2 * Math.PI) * 86_400, MidpointRounding.AwayFromZero) % 86_400;
        return seconds * TimeSpan.TicksPerSecond;
    }
}
