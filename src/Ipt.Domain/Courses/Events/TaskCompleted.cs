using System;
using System.Text.Json.Serialization;
using Ipt.Domain.Phases;

namespace Ipt.Domain.Courses.Events;

/// <summary>A required task was completed.</summary>
/// <param name="OccurredOn">Date of completion.</param>
/// <param name="Task">The task.</param>
public sealed record TaskCompleted(DateOnly OccurredOn, TherapyTask Task) : CourseEvent(OccurredOn)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override TherapyTask? CompletesTask => Task;
}
