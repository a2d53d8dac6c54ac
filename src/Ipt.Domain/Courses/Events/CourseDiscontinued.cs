using System;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Courses.Events;

/// <summary>The course was ended early.</summary>
/// <param name="OccurredOn">Date of discontinuation.</param>
/// <param name="Reason">Why.</param>
/// <param name="Note">Optional private note; never printed.</param>
public sealed record CourseDiscontinued(DateOnly OccurredOn, DiscontinuationReason Reason, PrivateNote? Note) : CourseEvent(OccurredOn);
