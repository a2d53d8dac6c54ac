using Ipt.Domain.Courses.Events;
using Ipt.Domain.Measures;

namespace Ipt.Domain.Courses;

/// <summary>
/// The score a measurement event's check computed, handed to its apply so the answers are scored once: an
/// <see cref="InstrumentScore"/> for a measure, a <see cref="SocialRhythmScore"/> for a diary week. Held in a field
/// of the course; it remembers one event, the one checked last.
/// </summary>
internal struct CheckedScore
{
    private CourseMeasureEvent? _event;
    private InstrumentScore? _measure;
    private SocialRhythmScore? _week;

    internal void Set(MeasureRecorded e, InstrumentScore score)
    {
        _event = e;
        _measure = score;
        _week = null;
    }

    internal void Set(SocialRhythmWeekRecorded e, SocialRhythmScore score)
    {
        _event = e;
        _measure = null;
        _week = score;
    }

    /// <summary>The score checked for exactly this event, or null.</summary>
    internal readonly InstrumentScore? Of(MeasureRecorded e) => ReferenceEquals(_event, e) ? _measure : null;

    /// <summary>The score checked for exactly this event, or null.</summary>
    internal readonly SocialRhythmScore? Of(SocialRhythmWeekRecorded e) => ReferenceEquals(_event, e) ? _week : null;

    internal void Clear() => this = default;
}
