using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Measures;

/// <summary>
/// Scoring settings of the SRM (M9). Defaults: ±45-minute hit window (<b>unconfirmed</b>: widely repeated, not in a
/// retrieved primary text), an activity counts when performed on at least 3 days (<see cref="SrmQualifyingRule"/>),
/// habitual reference times.
/// </summary>
public sealed record SrmScoringOptions
{
    /// <summary>Which activities count in the score. Default <see cref="SrmQualifyingRule.PerformedOnMinimumDays"/>
    /// (earlier releases: <see cref="SrmQualifyingRule.MinimumHits"/>).</summary>
    public SrmQualifyingRule QualifyingRule { get; init; } = SrmQualifyingRule.PerformedOnMinimumDays;

    /// <summary>Default hit window: ±45 minutes (unconfirmed; keep configurable).</summary>
    public static readonly TimeSpan DefaultHitWindow = TimeSpan.FromMinutes(45);

    /// <summary>Default minimum for an activity to qualify: 3 days performed, or 3 hits under
    /// <see cref="SrmQualifyingRule.MinimumHits"/> ([S57], weak).</summary>
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
