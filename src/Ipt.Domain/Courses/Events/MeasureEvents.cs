using System;
using System.Collections.Immutable;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Courses.Events;

/// <summary>
/// Base of the measurement and safety events of a course (a closed set: only this library derives from it).
/// They carry raw answers and references, never derived values: totals, bands and safety flags are rescored from
/// the answers on replay (brief M7).
/// </summary>
public abstract record CourseMeasureEvent : CourseEvent
{
    private protected CourseMeasureEvent(DateOnly occurredOn)
        : base(occurredOn)
    {
    }
}

/// <summary>
/// An item-scored instrument was administered: the raw answers, as given, in item order. The score is computed
/// again from <paramref name="Answers"/> whenever the event is applied.
/// </summary>
/// <param name="OccurredOn">Date of administration.</param>
/// <param name="InstrumentCode">Instrument code: <c>phq-9</c>, <c>gad-7</c>, <c>epds</c> or <c>ham-d-17</c>.</param>
/// <param name="Answers">Raw answers in item order (EPDS: response positions 0–3, before reverse scoring).</param>
/// <param name="SessionNumber">The session (position in the session log) it was administered at, or null when not tied to a session.</param>
public sealed record MeasureRecorded(DateOnly OccurredOn, string InstrumentCode, ImmutableArray<int> Answers, int? SessionNumber)
    : CourseMeasureEvent(OccurredOn)
{
    /// <inheritdoc />
    public bool Equals(MeasureRecorded? other) =>
        other is not null && base.Equals(other) &&
        string.Equals(InstrumentCode, other.InstrumentCode, StringComparison.Ordinal) &&
        SessionNumber == other.SessionNumber &&
        Answers.IsDefault == other.Answers.IsDefault &&
        (Answers.IsDefault || Answers.AsSpan().SequenceEqual(other.Answers.AsSpan()));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OccurredOn, InstrumentCode, SessionNumber, Answers.IsDefault ? 0 : Answers.Length);

    /// <summary>E.g. <c>MeasureRecorded phq-9 on 2026-01-05 at session 1</c>; the answers are not printed.</summary>
    public override string ToString() =>
        "MeasureRecorded " + InstrumentCode + " on " + OccurredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) +
        (SessionNumber is { } n ? " at session " + n.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
}

/// <summary>
/// A safety item was answered above zero (RULE-10: PHQ-9 item 9 or EPDS item 10 &gt; 0, whatever the total). Always
/// appended directly after the <see cref="MeasureRecorded"/> that raised it, by the same command; the integrator acts
/// on it and the clinician answers it with <see cref="SafetyActionRecorded"/>.
/// </summary>
/// <param name="OccurredOn">Date of the measure that raised it.</param>
/// <param name="Concern">Number of the concern in the course, starting at 1; carried so replay can detect a gap and actions can refer to it.</param>
/// <param name="FlagCode">The flag's stable code, e.g. <see cref="SafetyFlag.Phq9SelfHarmItemCode"/>; checked against the rescored measure on replay.</param>
public sealed record SafetyConcernRaised(DateOnly OccurredOn, int Concern, string FlagCode) : CourseMeasureEvent(OccurredOn);

/// <summary>The clinician recorded what was done about a safety concern.</summary>
/// <param name="OccurredOn">Date of the action.</param>
/// <param name="Concern">Number of the concern acted on.</param>
/// <param name="Action">What was done.</param>
/// <param name="Note">Optional private note; never printed.</param>
public sealed record SafetyActionRecorded(DateOnly OccurredOn, int Concern, SafetyAction Action, PrivateNote? Note) : CourseMeasureEvent(OccurredOn);

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
