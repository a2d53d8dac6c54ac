using System;
using System.Text.Json.Serialization;
using Ipt.Domain.Formulation;
using Ipt.Domain.Phases;

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

    /// <summary>Date and size only, e.g. <c>InventoryCompleted { OccurredOn = 2026-02-01, People = 3, Events = 1 }</c>; labels and notes are never printed.</summary>
    public override string ToString() => "InventoryCompleted { OccurredOn = " + OccurredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ", People = " + Inventory.People.Count + ", Events = " + Inventory.Events.Count + " }";
}
