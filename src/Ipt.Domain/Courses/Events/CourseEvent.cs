using System;
using System.Text.Json.Serialization;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Courses.Events;

/// <summary>
/// Something a clinician did to a course, in the past tense. Events are the persistence contract: a course is
/// the fold of its events, each carries only what replay needs, and each has a stable JSON discriminator
/// (<c>$type</c>). Free text (notes) is wrapped in <see cref="PrivateNote"/> and never printed.
/// </summary>
/// <param name="OccurredOn">Date the clinician gave with the command.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(CourseStarted), "course-started")]
[JsonDerivedType(typeof(SessionRecorded), "session-recorded")]
[JsonDerivedType(typeof(TaskCompleted), "task-completed")]
[JsonDerivedType(typeof(PhaseBegun), "phase-begun")]
[JsonDerivedType(typeof(ContractExtended), "contract-extended")]
[JsonDerivedType(typeof(CourseCompleted), "course-completed")]
[JsonDerivedType(typeof(CourseDiscontinued), "course-discontinued")]
[JsonDerivedType(typeof(ContinuationDecided), "continuation-decided")]
[JsonDerivedType(typeof(InventoryCompleted), "inventory-completed")]
[JsonDerivedType(typeof(FormulationAgreed), "formulation-agreed")]
[JsonDerivedType(typeof(SessionWorkRecorded), "session-work-recorded")]
[JsonDerivedType(typeof(DisputeStageChanged), "dispute-stage-changed")]
[JsonDerivedType(typeof(MeasureRecorded), "measure-recorded")]
[JsonDerivedType(typeof(SafetyConcernRaised), "safety-concern-raised")]
[JsonDerivedType(typeof(SafetyActionRecorded), "safety-action-recorded")]
[JsonDerivedType(typeof(SocialRhythmWeekRecorded), "social-rhythm-week-recorded")]
[JsonDerivedType(typeof(EntryCorrected), "entry-corrected")]
public abstract record CourseEvent(DateOnly OccurredOn)
{
    /// <summary>The caller-chosen id of the command that appended this event (see
    /// <see cref="TreatmentCourse.ExecuteOnce{T}(string, Func{TreatmentCourse, Ipt.Domain.Primitives.Result{T}})"/>), or null when the
    /// command was run without one. Stored in the history (schema version 2) so that a retried command is recognised
    /// after a reload. Not clinical content.</summary>
    public string? CommandId { get; init; }

    /// <summary>The date the event was entered, when that is later than <see cref="OccurredOn"/> (a late entry, e.g. a
    /// measure administered at session 1 entered after session 3); null when it was entered on the day it happened.
    /// Only measures, the safety concerns they raise and safety actions can be entered late. Stored as the optional
    /// <c>enteredOn</c>, never equal to <c>occurredOn</c>.</summary>
    public DateOnly? EnteredOn { get; init; }

    /// <summary>The date the event was entered: <see cref="EnteredOn"/> for a late entry, else <see cref="OccurredOn"/>.
    /// Histories are in entry order: each event's entry date is on or after the previous one's.</summary>
    [JsonIgnore]
    public DateOnly EntryDate => EnteredOn ?? OccurredOn;

    /// <summary>The required task this event completes, if any (a task event, an agreed formulation, ...).</summary>
    [JsonIgnore]
    public virtual TherapyTask? CompletesTask => null;
}
