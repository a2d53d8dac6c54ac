using System;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Courses.Events;

/// <summary>The clinician recorded what was done about a safety concern.</summary>
/// <param name="OccurredOn">Date of the action.</param>
/// <param name="Concern">Number of the concern acted on.</param>
/// <param name="Action">What was done.</param>
/// <param name="Note">Optional private note; never printed.</param>
public sealed record SafetyActionRecorded(DateOnly OccurredOn, int Concern, SafetyAction Action, PrivateNote? Note) : CourseMeasureEvent(OccurredOn);
