using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Measures;

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

            bool qualifies = options.QualifyingRule == SrmQualifyingRule.MinimumHits
                ? hits >= options.MinimumHitsToQualify
                : performed >= options.MinimumHitsToQualify;
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
