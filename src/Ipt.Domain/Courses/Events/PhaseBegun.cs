using System;
using Ipt.Domain.Phases;

namespace Ipt.Domain.Courses.Events;

/// <summary>The clinician moved the course into a new phase.</summary>
/// <param name="OccurredOn">Date of the move.</param>
/// <param name="Phase">The phase begun.</param>
public sealed record PhaseBegun(DateOnly OccurredOn, PhaseKind Phase) : CourseEvent(OccurredOn);
