using System;
using System.Collections.Immutable;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Courses.Events;

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
