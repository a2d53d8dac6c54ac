using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Measures;

/// <summary>One rating in a series: when, and the instrument total.</summary>
/// <param name="On">Date of the rating.</param>
/// <param name="Total">The instrument's total score.</param>
public readonly record struct RatingPoint(DateOnly On, int Total);

/// <summary>
/// The change-point definitions of the Frank et al. 1991 consensus (Frank E, Prien RF, Jarrett RB et al.,
/// "Conceptualization and rationale for consensus definitions of terms in major depressive disorder: remission, recovery,
/// relapse, and recurrence", Arch Gen Psychiatry 48:851–855): each term is a severity threshold AND a duration. Every
/// number is a setting (C24); the presets carry their sources. Not in the domain brief.
/// </summary>
public sealed record EpisodeCriteria
{
    /// <summary>Creates criteria.</summary>
    /// <param name="id">Stable id.</param>
    /// <param name="instrumentCode">The instrument the thresholds apply to.</param>
    /// <param name="remissionMaximumTotal">Highest total counted as remitted (inclusive).</param>
    /// <param name="episodeMinimumTotal">Lowest total counted as the full syndrome again (relapse or recurrence).</param>
    /// <param name="sourceTags">Sources of the thresholds.</param>
    /// <exception cref="ArgumentException">An id or code is blank, or the episode threshold is not above the remission threshold.</exception>
    public EpisodeCriteria(string id, string instrumentCode, int remissionMaximumTotal, int episodeMinimumTotal, string sourceTags)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(instrumentCode);
        Guard.Against.Null(sourceTags);
        Guard.Against.Negative(remissionMaximumTotal);
        if (episodeMinimumTotal <= remissionMaximumTotal)
        {
            throw new ArgumentException("The episode threshold must be above the remission threshold.", nameof(episodeMinimumTotal));
        }

        Id = id;
        InstrumentCode = instrumentCode;
        RemissionMaximumTotal = remissionMaximumTotal;
        EpisodeMinimumTotal = episodeMinimumTotal;
        SourceTags = sourceTags;
    }

    /// <summary>Stable id.</summary>
    public string Id { get; }

    /// <summary>The instrument the thresholds apply to.</summary>
    public string InstrumentCode { get; }

    /// <summary>Highest total counted as remitted (inclusive).</summary>
    public int RemissionMaximumTotal { get; }

    /// <summary>Lowest total counted as the full syndrome (relapse, recurrence).</summary>
    public int EpisodeMinimumTotal { get; }

    /// <summary>Sources of the thresholds.</summary>
    public string SourceTags { get; }

    /// <summary>Fraction of the baseline total lost for a response. Default 0.5 [S31][S114].</summary>
    public double ResponseReduction { get; init; } = 0.5;

    /// <summary>Days the total must stay at or below the remission threshold for a remission. Default 14: "at least 2
    /// weeks" (Frank et al. 1991).</summary>
    public int RemissionMinimumDays { get; init; } = 14;

    /// <summary>Days the total must stay below the episode threshold, after an episode, for a partial remission: "no
    /// longer fully symptomatic … but continues to evidence more than minimal symptoms" (Frank et al. 1991). Default 14,
    /// the remission duration (the consensus gives partial remission no duration of its own: a product reading, set it
    /// to change it).</summary>
    public int PartialRemissionMinimumDays { get; init; } = 14;

    /// <summary>Whether a return of the full syndrome during a partial remission, before recovery, is a relapse. Default
    /// true: Frank et al. 1991 define relapse as the return of the syndrome during a remission, partial or full. False
    /// counts a relapse only after a full remission.</summary>
    public bool RelapseFromPartialRemission { get; init; } = true;

    /// <summary>Days a remission must last, without relapse, to be a recovery. Default 182 (about 6 months, Frank et al.
    /// 1991); later task forces use 4 months (contested: set 120 to follow them).</summary>
    public int RecoveryMinimumDays { get; init; } = 182;

    /// <summary>Days the total must stay at or above the episode threshold for a relapse or recurrence. Default 14: the
    /// 2-week duration of a major depressive episode (Frank et al. 1991; DSM). 0 = a single rating suffices.</summary>
    public int EpisodeMinimumDays { get; init; } = 14;

    /// <summary>HAM-D-17: remission ≤ 7 [S116], full syndrome ≥ 15 (a common trial convention for relapse; product
    /// default, contested).</summary>
    public static EpisodeCriteria HamD17 { get; } = new("hamd17-frank-1991", "ham-d-17", 7, 15, "Frank et al. 1991; [S116]");

    /// <summary>PHQ-9: remission &lt; 5 [S114], full syndrome ≥ 10, the diagnostic cut-off [S104].</summary>
    public static EpisodeCriteria Phq9 { get; } = new("phq9-frank-1991", "phq-9", 4, 10, "Frank et al. 1991; [S104][S114]");
}

/// <summary>The change points of one series under <see cref="EpisodeCriteria"/>; a null date means "not reached".</summary>
/// <param name="Criteria">The criteria used.</param>
/// <param name="Baseline">The first rating (the baseline of the response).</param>
/// <param name="ResponseOn">First rating at least <see cref="EpisodeCriteria.ResponseReduction"/> below baseline.</param>
/// <param name="RemissionOn">Start of the first run at or below the remission threshold lasting the remission duration.</param>
/// <param name="RelapseOn">Start of a return to the full syndrome after a remission (full, or partial when
/// <see cref="EpisodeCriteria.RelapseFromPartialRemission"/>) and before recovery.</param>
/// <param name="RecoveryOn">The day the remission had lasted the recovery duration without relapse.</param>
/// <param name="RecurrenceOn">Start of a new episode after recovery (or after <c>maintenanceStart</c>, see
/// <see cref="LongitudinalOutcomes.Assess"/>).</param>
/// <param name="DaysToRecurrence">Days from recovery (or from the maintenance start) to the recurrence; null without one.</param>
public sealed record LongitudinalOutcome(
    EpisodeCriteria Criteria,
    RatingPoint Baseline,
    DateOnly? ResponseOn,
    DateOnly? RemissionOn,
    DateOnly? RelapseOn,
    DateOnly? RecoveryOn,
    DateOnly? RecurrenceOn,
    int? DaysToRecurrence)
{
    /// <summary>Start of the first partial remission: after a rating at or above the episode threshold, a run below it
    /// lasting <see cref="EpisodeCriteria.PartialRemissionMinimumDays"/> that had not yet become a full remission (more
    /// than minimal symptoms, Frank et al. 1991); null when none. A full remission may follow it.</summary>
    public DateOnly? PartialRemissionOn { get; init; }
}

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
