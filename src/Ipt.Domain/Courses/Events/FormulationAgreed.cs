using System;
using System.Text.Json.Serialization;
using Ipt.Domain.Formulation;
using Ipt.Domain.Phases;

namespace Ipt.Domain.Courses.Events;

/// <summary>The patient explicitly agreed the interpersonal formulation (INIT-08, INIT-09).</summary>
/// <param name="OccurredOn">Date of agreement.</param>
/// <param name="Formulation">The agreed formulation: target condition and focus areas with their detail.</param>
public sealed record FormulationAgreed(DateOnly OccurredOn, InterpersonalFormulation Formulation) : CourseEvent(OccurredOn)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override TherapyTask? CompletesTask => TherapyTask.FormulationAgreed;
}
