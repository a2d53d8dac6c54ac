using System;
using Ipt.Domain.Phases;

namespace Ipt.Domain.Courses;

/// <summary>When a required task was completed.</summary>
/// <param name="Task">The task.</param>
/// <param name="On">Date of completion.</param>
/// <param name="Phase">The phase the course was in.</param>
/// <param name="SessionsRecorded">Sessions recorded by then (any attendance).</param>
public sealed record TaskCompletion(TherapyTask Task, DateOnly On, PhaseKind Phase, int SessionsRecorded);
