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

/// <summary>A course was started on a protocol, with a contract of a number of sessions.</summary>
/// <param name="OccurredOn">Start date.</param>
/// <param name="CourseId">The course.</param>
/// <param name="Client">Opaque reference to the client.</param>
/// <param name="ProtocolId">Id of the protocol.</param>
/// <param name="ContractedSessions">Sessions agreed in the contract.</param>
public sealed record CourseStarted(DateOnly OccurredOn, CourseId CourseId, ClientRef Client, string ProtocolId, int ContractedSessions)
    : CourseEvent(OccurredOn)
{
    /// <summary>The client's age in whole years on the start date, or null when not recorded. Recorded where the
    /// protocol's population is bounded by age (<see cref="Ipt.Domain.Protocols.ProtocolRules.AgesAtStart"/>, e.g. IPT-A
    /// 12–18); stored as the optional field <c>ageAtStart</c>, never filled in when absent.</summary>
    public int? AgeAtStart { get; init; }
}

/// <summary>A session was recorded. <paramref name="Number"/> is the session's position in the course's session
/// log (1, 2, 3, ...); it is carried so that replay can detect a missing or repeated session.</summary>
/// <param name="OccurredOn">Date of the session.</param>
/// <param name="Number">Position in the session log, starting at 1.</param>
/// <param name="Attendance">Whether the client came.</param>
/// <param name="Modality">How it was delivered.</param>
/// <param name="Participants">Who else took part.</param>
/// <param name="Note">Optional private note; never printed.</param>
public sealed record SessionRecorded(
    DateOnly OccurredOn,
    int Number,
    Attendance Attendance,
    SessionModality Modality,
    SessionParticipants Participants,
    PrivateNote? Note) : CourseEvent(OccurredOn);

/// <summary>A required task was completed.</summary>
/// <param name="OccurredOn">Date of completion.</param>
/// <param name="Task">The task.</param>
public sealed record TaskCompleted(DateOnly OccurredOn, TherapyTask Task) : CourseEvent(OccurredOn)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override TherapyTask? CompletesTask => Task;
}

/// <summary>The decision on what follows the course was made (TERM-07); completes <see cref="TherapyTask.ContinuationDecided"/>.</summary>
/// <param name="OccurredOn">Date of the decision.</param>
/// <param name="Decision">The decision.</param>
public sealed record ContinuationDecided(DateOnly OccurredOn, ContinuationDecision Decision) : CourseEvent(OccurredOn)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override TherapyTask? CompletesTask => TherapyTask.ContinuationDecided;
}

/// <summary>The clinician moved the course into a new phase.</summary>
/// <param name="OccurredOn">Date of the move.</param>
/// <param name="Phase">The phase begun.</param>
public sealed record PhaseBegun(DateOnly OccurredOn, PhaseKind Phase) : CourseEvent(OccurredOn);

/// <summary>The contract was extended to a new total, within the protocol's hard cap.</summary>
/// <param name="OccurredOn">Date of the renegotiation.</param>
/// <param name="ContractedSessions">New total of contract sessions.</param>
public sealed record ContractExtended(DateOnly OccurredOn, int ContractedSessions) : CourseEvent(OccurredOn);

/// <summary>The course was completed as planned.</summary>
/// <param name="OccurredOn">Date of completion.</param>
public sealed record CourseCompleted(DateOnly OccurredOn) : CourseEvent(OccurredOn);

/// <summary>The course was ended early.</summary>
/// <param name="OccurredOn">Date of discontinuation.</param>
/// <param name="Reason">Why.</param>
/// <param name="Note">Optional private note; never printed.</param>
public sealed record CourseDiscontinued(DateOnly OccurredOn, DiscontinuationReason Reason, PrivateNote? Note) : CourseEvent(OccurredOn);
