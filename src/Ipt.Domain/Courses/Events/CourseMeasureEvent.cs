using System;
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
