using System;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Courses.Events;

/// <summary>The course was completed as planned.</summary>
/// <param name="OccurredOn">Date of completion.</param>
public sealed record CourseCompleted(DateOnly OccurredOn) : CourseEvent(OccurredOn);
