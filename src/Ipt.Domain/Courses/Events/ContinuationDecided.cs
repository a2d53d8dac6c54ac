using System;
using System.Text.Json.Serialization;
using Ipt.Domain.Phases;

namespace Ipt.Domain.Courses.Events;

/// <summary>The decision on what follows the course was made (TERM-07); completes <see cref="TherapyTask.ContinuationDecided"/>.</summary>
/// <param name="OccurredOn">Date of the decision.</param>
/// <param name="Decision">The decision.</param>
public sealed record ContinuationDecided(DateOnly OccurredOn, ContinuationDecision Decision) : CourseEvent(OccurredOn)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override TherapyTask? CompletesTask => TherapyTask.ContinuationDecided;
}
