using System;
using System.Collections.Immutable;
using Ipt.Domain.Measures;

namespace Ipt.Domain.Courses.Events;

/// <summary>
/// A week of the Social Rhythm Metric (SRM-5) diary was reviewed: seven days of clock times, rescored on replay with
/// the default scoring settings, or against <paramref name="Targets"/> when target times were agreed.
/// </summary>
/// <param name="OccurredOn">Date of review.</param>
/// <param name="Days">Seven diary days, oldest first.</param>
/// <param name="Targets">Target times agreed with the therapist, or null for habitual-time scoring.</param>
/// <param name="SessionNumber">The session it was reviewed at, or null when not tied to a session.</param>
public sealed record SocialRhythmWeekRecorded(DateOnly OccurredOn, ImmutableArray<SrmDay> Days, SrmTargetTimes? Targets, int? SessionNumber)
    : CourseMeasureEvent(OccurredOn)
{
    /// <inheritdoc />
    public bool Equals(SocialRhythmWeekRecorded? other) =>
        other is not null && base.Equals(other) &&
        Targets == other.Targets && SessionNumber == other.SessionNumber &&
        Days.IsDefault == other.Days.IsDefault &&
        (Days.IsDefault || Days.AsSpan().SequenceEqual(other.Days.AsSpan()));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OccurredOn, Targets, SessionNumber, Days.IsDefault ? 0 : Days.Length);

    /// <summary>E.g. <c>SocialRhythmWeekRecorded on 2026-01-12 at session 2</c>; the diary is not printed.</summary>
    public override string ToString() =>
        "SocialRhythmWeekRecorded on " + OccurredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) +
        (SessionNumber is { } n ? " at session " + n.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
}
