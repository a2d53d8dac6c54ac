using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Measures;

/// <summary>Remission (full and partial), recovery, response, relapse and recurrence over a series of ratings (Frank et al. 1991).</summary>
public static class LongitudinalOutcomes
{
    /// <summary>
    /// Walks a rating series (oldest first; several courses may be joined, e.g. acute then maintenance) and dates each
    /// change point. Durations are measured between rating dates: a run "lasts" from its first to its last rating, and a
    /// single rating satisfies a duration of 0. A relapse ends the remission; a later run starts a new remission.
    /// </summary>
    /// <param name="series">Ratings of one instrument, oldest first.</param>
    /// <param name="criteria">Thresholds and durations.</param>
    /// <param name="maintenanceStart">Start of maintenance treatment: when given, time to recurrence is counted from it
    /// (IPT-M trials judge maintenance on it [S32][S33]) and an episode after it counts as a recurrence once recovered.</param>
    /// <returns>The change points, or null for an empty series.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The series is not in date order.</exception>
    public static LongitudinalOutcome? Assess(IReadOnlyList<RatingPoint> series, EpisodeCriteria criteria, DateOnly? maintenanceStart = null)
    {
        Guard.Against.Null(series);
        Guard.Against.Null(criteria);
        if (series.Count == 0)
        {
            return null;
        }

        for (int i = 1; i < series.Count; i++)
        {
            if (series[i].On < series[i - 1].On)
            {
                throw new ArgumentException("The ratings must be in date order.", nameof(series));
            }
        }

        RatingPoint baseline = series[0];
        DateOnly? response = null, remission = null, relapse = null, recovery = null, recurrence = null, partial = null;
        DateOnly? belowStart = null;    // start of the current run below the episode threshold
        DateOnly? partlySince = null;   // start of the partial remission in force (null when none)
        bool afterEpisode = false;      // a rating at or above the episode threshold since the last (partial) remission
        DateOnly? runStart = null;      // start of the current run at or below the remission threshold
        DateOnly? episodeStart = null;  // start of the current run at or above the episode threshold
        DateOnly? remittedSince = null; // start of the remission in force (null when not remitted)
        foreach (RatingPoint p in series)
        {
            if (response is null && baseline.Total > 0 && p.Total <= baseline.Total * (1 - criteria.ResponseReduction))
            {
                response = p.On;
            }

            runStart = p.Total <= criteria.RemissionMaximumTotal ? runStart ?? p.On : null;
            episodeStart = p.Total >= criteria.EpisodeMinimumTotal ? episodeStart ?? p.On : null;
            belowStart = p.Total < criteria.EpisodeMinimumTotal ? belowStart ?? p.On : null;
            afterEpisode |= p.Total >= criteria.EpisodeMinimumTotal;

            if (remittedSince is null && runStart is DateOnly rs && p.On.DayNumber - rs.DayNumber >= criteria.RemissionMinimumDays)
            {
                remittedSince = rs;
                remission ??= rs;
                afterEpisode = false;
                partlySince = null;
            }

            if (afterEpisode && remittedSince is null && belowStart is DateOnly bs && p.On.DayNumber - bs.DayNumber >= criteria.PartialRemissionMinimumDays)
            {
                partlySince = bs;
                partial ??= bs;
                afterEpisode = false;
            }

            if (remittedSince is DateOnly since && recovery is null && runStart is not null && p.On.DayNumber - since.DayNumber >= criteria.RecoveryMinimumDays)
            {
                recovery = since.AddDays(criteria.RecoveryMinimumDays);
            }

            if (episodeStart is DateOnly es && p.On.DayNumber - es.DayNumber >= criteria.EpisodeMinimumDays)
            {
                if (recovery is not null && recurrence is null && es > recovery)
                {
                    recurrence = es;
                }
                else if (recovery is null && relapse is null && (remittedSince is not null || (criteria.RelapseFromPartialRemission && partlySince is not null)))
                {
                    relapse = es;
                }

                remittedSince = null;
                partlySince = null;
            }
        }

        int? days = null;
        if (recurrence is DateOnly r)
        {
            DateOnly from = maintenanceStart ?? recovery!.Value;
            days = r.DayNumber - from.DayNumber;
        }

        return new LongitudinalOutcome(criteria, baseline, response, remission, relapse, recovery, recurrence, days) { PartialRemissionOn = partial };
    }
}
