using System;
using System.Text.Json.Serialization;
using Ipt.Domain.Formulation;
using Ipt.Domain.Phases;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Courses.Events;

/// <summary>A role dispute moved to another stage (renegotiation, impasse, dissolution) along an allowed edge.</summary>
/// <param name="OccurredOn">Date of the change.</param>
/// <param name="Stage">The new stage.</param>
public sealed record DisputeStageChanged(DateOnly OccurredOn, DisputeStage Stage) : CourseEvent(OccurredOn);
