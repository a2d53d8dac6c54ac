using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using Ipt.Domain.Formulation;
using Ipt.Domain.Phases;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Courses.Events;

/// <summary>The interpersonal inventory was completed (INIT-06). Carries the inventory as the clinician gave it;
/// replay completes it again against the protocol's inventory rules.</summary>
/// <param name="OccurredOn">Date of completion.</param>
/// <param name="Inventory">The inventory (people with labels, relationships, timeline of life events).</param>
public sealed record InventoryCompleted(DateOnly OccurredOn, InterpersonalInventory Inventory) : CourseEvent(OccurredOn)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override TherapyTask? CompletesTask => TherapyTask.InterpersonalInventory;

    /// <summary>Date and size only; labels and notes are never printed.</summary>
    public override string ToString() => "InventoryCompleted { OccurredOn = " + OccurredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ", People = " + Inventory.People.Count + ", Events = " + Inventory.Events.Count + " }";
}

/// <summary>The patient explicitly agreed the interpersonal formulation (INIT-08, INIT-09).</summary>
/// <param name="OccurredOn">Date of agreement.</param>
/// <param name="Formulation">The agreed formulation: target condition and focus areas with their detail.</param>
public sealed record FormulationAgreed(DateOnly OccurredOn, InterpersonalFormulation Formulation) : CourseEvent(OccurredOn)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override TherapyTask? CompletesTask => TherapyTask.FormulationAgreed;
}

/// <summary>What a session worked on (MID-03, MID-04): the focus area, the techniques used and goal progress.</summary>
/// <param name="OccurredOn">Date of the session.</param>
/// <param name="SessionNumber">The session's number in the session log.</param>
/// <param name="Focus">The focus area worked.</param>
/// <param name="Techniques">Technique codes from the catalogue.</param>
/// <param name="Goals">Progress ratings of the focus area's goals.</param>
public sealed record SessionWorkRecorded(
    DateOnly OccurredOn,
    int SessionNumber,
    ProblemArea Focus,
    IReadOnlyList<string> Techniques,
    IReadOnlyList<GoalRating> Goals) : CourseEvent(OccurredOn)
{
    /// <inheritdoc />
    public bool Equals(SessionWorkRecorded? other) =>
        other is not null && OccurredOn == other.OccurredOn && SessionNumber == other.SessionNumber && Focus == other.Focus &&
        string.Equals(CommandId, other.CommandId, StringComparison.Ordinal) && EnteredOn == other.EnteredOn &&
        System.Linq.Enumerable.SequenceEqual(Techniques, other.Techniques) && System.Linq.Enumerable.SequenceEqual(Goals, other.Goals);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OccurredOn, SessionNumber, Focus, Techniques.Count, Goals.Count);
}

/// <summary>A role dispute moved to another stage (renegotiation, impasse, dissolution) along an allowed edge.</summary>
/// <param name="OccurredOn">Date of the change.</param>
/// <param name="Stage">The new stage.</param>
public sealed record DisputeStageChanged(DateOnly OccurredOn, DisputeStage Stage) : CourseEvent(OccurredOn);
