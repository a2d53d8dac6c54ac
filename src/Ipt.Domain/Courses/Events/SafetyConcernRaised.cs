using System;
using Ipt.Domain.Measures;

namespace Ipt.Domain.Courses.Events;

/// <summary>
/// A safety item was answered above zero (RULE-10: PHQ-9 item 9 or EPDS item 10 &gt; 0, whatever the total). Always
/// appended directly after the <see cref="MeasureRecorded"/> that raised it, by the same command; the integrator acts
/// on it and the clinician answers it with <see cref="SafetyActionRecorded"/>.
/// </summary>
/// <param name="OccurredOn">Date of the measure that raised it.</param>
/// <param name="Concern">Number of the concern in the course, starting at 1; carried so replay can detect a gap and actions can refer to it.</param>
/// <param name="FlagCode">The flag's stable code, e.g. <see cref="SafetyFlag.Phq9SelfHarmItemCode"/>; checked against the rescored measure on replay.</param>
public sealed record SafetyConcernRaised(DateOnly OccurredOn, int Concern, string FlagCode) : CourseMeasureEvent(OccurredOn);
