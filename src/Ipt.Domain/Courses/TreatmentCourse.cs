using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Courses;

/// <summary>
/// One client's course of treatment on one protocol: the aggregate root. Commands return a
/// <see cref="Result{T}"/>; an accepted command appends its event (a measure with a positive safety item appends a
/// second, <c>safety-concern-raised</c>) and returns it, a rejected command returns a <see cref="DomainError"/> and
/// changes nothing (state, <see cref="Version"/>, <see cref="History"/>).
/// The state is a fold of the events, so <see cref="FromHistory(IEnumerable{CourseEvent}, ProtocolDefinition)"/>
/// rebuilds an equal course, and rejects a history that could not have happened.
/// </summary>
/// <remarks>Dates come in with every command; the course never reads a clock. Not thread-safe: one writer at a time.</remarks>
/// <example>
/// <code>
/// var course = TreatmentCourse.Start(CourseId.New(), ClientRef.From("c-1042"), StandardIpt.Definition, new DateOnly(2026, 1, 5));
/// course.RecordSession(new DateOnly(2026, 1, 5), Attendance.Attended);
/// TransitionDecision next = course.Can(CourseTrigger.BeginMiddlePhase); // denied: phase.diagnosis-missing
/// </code>
/// </example>
public sealed partial class TreatmentCourse
{
    private readonly ProtocolDefinition _protocol;
    private readonly List<CourseEvent> _events;
    private ReadOnlyCollection<CourseEvent>? _historyView;

    // The phase machine's state, the tasks completed and the date of the latest event: what every rule reads.
    private int _state;
    private TaskSet _completed;
    private DateOnly _lastEventOn;

    // The course's concerns, each changed only through the root's Apply (see docs/architecture.md, "The course aggregate").
    private SessionLedger _ledger;
    private FormulationWork _work;
    private MeasureLog? _measureLog;
    private CorrectionLedger _corrections;
    private CommandIdIndex _commandIds;

    private TreatmentCourse(ProtocolDefinition protocol, CourseStarted started, int expectedEvents)
    {
        _protocol = protocol;
        Id = started.CourseId;
        Client = started.Client;
        StartedOn = started.OccurredOn;
        AgeAtStart = started.AgeAtStart;
        int planned = protocol.Sessions.Planned;
        _events = new List<CourseEvent>(Math.Max(expectedEvents, EventCapacity(protocol, planned)));
        _ledger = new SessionLedger(planned + 2);
    }

    /// <summary>The course's identifier.</summary>
    public CourseId Id { get; }

    /// <summary>Opaque reference to the client.</summary>
    public ClientRef Client { get; }

    /// <summary>The protocol the course follows.</summary>
    public ProtocolDefinition Protocol => _protocol;

    /// <summary>Date the course started.</summary>
    public DateOnly StartedOn { get; }

    /// <summary>The client's age in whole years at the start, or null when not recorded (see
    /// <see cref="StartWithAge(CourseId, ClientRef, ProtocolDefinition, DateOnly, int)"/>).</summary>
    public int? AgeAtStart { get; }

    /// <summary>Date of the latest event.</summary>
    public DateOnly LastActivityOn => _lastEventOn;

    /// <summary>Number of events; increases by one with every accepted command. Use it for optimistic concurrency.</summary>
    public int Version => _events.Count;

    /// <summary>Every event, oldest first. Persist these; <see cref="FromHistory(IEnumerable{CourseEvent}, ProtocolDefinition)"/> rebuilds the course.</summary>
    public IReadOnlyList<CourseEvent> History => _historyView ??= _events.AsReadOnly();

    /// <summary>Every recorded session, oldest first.</summary>
    public IReadOnlyList<SessionRecord> Sessions => _ledger.View;

    /// <summary>The state of the phase machine: an active phase, completed or discontinued.</summary>
    public CourseState State => Machine.StateAt(_state);

    /// <summary>Whether the course is active, completed or discontinued.</summary>
    public CourseStatus Status => State.Status;

    /// <summary>The current phase, or null once the course is completed or discontinued.</summary>
    public PhaseDefinition? CurrentPhase => _state < _protocol.Phases.Length ? _protocol.Phases[_state] : null;

    /// <summary>Sessions in the current contract.</summary>
    public int ContractedSessions => _ledger.Contracted;

    /// <summary>Contract sessions held so far.</summary>
    public int SessionsHeld => _ledger.Held;

    /// <summary>Sessions the client attended, in any phase.</summary>
    public int SessionsAttended => _ledger.Attended;

    /// <summary>Contract sessions still to be held.</summary>
    public int RemainingSessions => Math.Max(0, _ledger.Contracted - _ledger.Held);

    /// <summary>Tasks completed so far.</summary>
    public TaskSet CompletedTasks => _completed;

    /// <summary>Tasks the current phase requires that are not yet completed.</summary>
    public TaskSet OutstandingTasks => CurrentPhase is { } p ? p.RequiredTasks.Except(_completed) : TaskSet.Empty;

    /// <summary>The decision on what follows the course (TERM-07), or null when not yet made.</summary>
    public ContinuationDecision? Continuation { get; private set; }

    /// <summary>Why the course was discontinued, or null.</summary>
    public DiscontinuationReason? DiscontinuationReason { get; private set; }

    // The protocol's compiled phase machine (read through the protocol, so the course holds one reference less).
    private PhaseMachine Machine => _protocol.Machine;

    private PhaseContext Context => new(_completed, _ledger.AttendedInPhase, _ledger.Held, _ledger.Contracted);

    /// <summary>Starts a course with the protocol's planned number of sessions.</summary>
    /// <param name="id">The course's identifier.</param>
    /// <param name="client">Opaque reference to the client.</param>
    /// <param name="protocol">The protocol to follow.</param>
    /// <param name="startedOn">Start date; no later event may be dated earlier.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value, or the protocol needs the
    /// client's age at start (<see cref="ProtocolRules.RequiresAgeAtStart"/>, e.g. IPT-A): use
    /// <see cref="StartWithAge(CourseId, ClientRef, ProtocolDefinition, DateOnly, int)"/>.</exception>
    public static TreatmentCourse Start(CourseId id, ClientRef client, ProtocolDefinition protocol, DateOnly startedOn)
    {
        Guard.Against.Null(protocol);
        if (protocol.Rules.RequiresAgeAtStart)
        {
            throw new ArgumentException("The protocol needs the client's age at start: use StartWithAge.", nameof(protocol));
        }

        return StartWithContract(id, client, protocol, startedOn, protocol.Sessions.Planned).Value;
    }

    /// <summary>Starts a course with a contract of <paramref name="contractedSessions"/> sessions.</summary>
    /// <param name="id">The course's identifier.</param>
    /// <param name="client">Opaque reference to the client.</param>
    /// <param name="protocol">The protocol to follow.</param>
    /// <param name="startedOn">Start date.</param>
    /// <param name="contractedSessions">Sessions agreed, between the protocol's minimum and maximum.</param>
    /// <returns>The course, <c>contract.outside-protocol-bounds</c>, or <c>course.age-at-start-required</c> when the
    /// protocol needs the client's age (use <see cref="StartWithAge(CourseId, ClientRef, ProtocolDefinition, DateOnly, int, int)"/>).</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public static Result<TreatmentCourse> StartWithContract(CourseId id, ClientRef client, ProtocolDefinition protocol, DateOnly startedOn, int contractedSessions) =>
        StartCourse(id, client, protocol, startedOn, contractedSessions, null);

    /// <summary>Starts a course with the protocol's planned number of sessions, recording the client's age at start;
    /// the protocol's rules check it (IPT-A: 12–18, <c>ipt-a.age-out-of-range</c> [S40][S41]).</summary>
    /// <param name="id">The course's identifier.</param>
    /// <param name="client">Opaque reference to the client.</param>
    /// <param name="protocol">The protocol to follow.</param>
    /// <param name="startedOn">Start date.</param>
    /// <param name="ageAtStart">The client's age in whole years on <paramref name="startedOn"/>, 0–150.</param>
    /// <returns>The course, or the rule the age breaks (<see cref="ProtocolRules.CheckAgeAtStart"/>).</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ageAtStart"/> is outside 0–150.</exception>
    public static Result<TreatmentCourse> StartWithAge(CourseId id, ClientRef client, ProtocolDefinition protocol, DateOnly startedOn, int ageAtStart)
    {
        Guard.Against.Null(protocol);
        return StartWithAge(id, client, protocol, startedOn, ageAtStart, protocol.Sessions.Planned);
    }

    /// <summary>Starts a course with a contract of <paramref name="contractedSessions"/> sessions, recording the
    /// client's age at start; the protocol's rules check it.</summary>
    /// <param name="id">The course's identifier.</param>
    /// <param name="client">Opaque reference to the client.</param>
    /// <param name="protocol">The protocol to follow.</param>
    /// <param name="startedOn">Start date.</param>
    /// <param name="ageAtStart">The client's age in whole years on <paramref name="startedOn"/>, 0–150.</param>
    /// <param name="contractedSessions">Sessions agreed, between the protocol's minimum and maximum.</param>
    /// <returns>The course, <c>contract.outside-protocol-bounds</c>, or the rule the age breaks.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ageAtStart"/> is outside 0–150.</exception>
    public static Result<TreatmentCourse> StartWithAge(CourseId id, ClientRef client, ProtocolDefinition protocol, DateOnly startedOn, int ageAtStart, int contractedSessions)
    {
        Guard.Against.OutOfRange(ageAtStart, nameof(ageAtStart), 0, MaximumAgeAtStart);
        return StartCourse(id, client, protocol, startedOn, contractedSessions, ageAtStart);
    }

    private static Result<TreatmentCourse> StartCourse(CourseId id, ClientRef client, ProtocolDefinition protocol, DateOnly startedOn, int contractedSessions, int? ageAtStart)
    {
        Guard.Against.Null(client);
        Guard.Against.Null(protocol);
        Guard.Against.Default(id.Value, nameof(id), "A course id cannot be empty.");

        var started = new CourseStarted(startedOn, id, client, protocol.Id, contractedSessions) { AgeAtStart = ageAtStart };
        DomainError? error = CheckStart(started, protocol);
        if (error is not null)
        {
            return error;
        }

        var course = new TreatmentCourse(protocol, started, 0);
        course.Apply(started);
        return course;
    }

    /// <summary>Rebuilds a course from its history, checking every event against the same rules as the live commands.</summary>
    /// <param name="history">Events, oldest first, as read from <see cref="History"/>.</param>
    /// <param name="protocol">The protocol the history was written on.</param>
    /// <returns>The course, or the first reason the history could not have happened.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<TreatmentCourse> FromHistory(IEnumerable<CourseEvent> history, ProtocolDefinition protocol)
    {
        Guard.Against.Null(history);
        Guard.Against.Null(protocol);
        if (history is IReadOnlyList<CourseEvent> list)
        {
            return Replay(list, list.Count, protocol);
        }

        return Replay(new List<CourseEvent>(history), 0, protocol);
    }

    private static Result<TreatmentCourse> Replay(IReadOnlyList<CourseEvent> history, int expectedEvents, ProtocolDefinition protocol)
    {
        TreatmentCourse? course = null;
        for (int index = 0; index < history.Count; index++)
        {
            CourseEvent? e = history[index];
            if (e is null)
            {
                return At(CourseErrors.EventMissing(), index, null);
            }

            if (course is null)
            {
                if (e is not CourseStarted started)
                {
                    return At(CourseErrors.FirstEventNotStart(), index, e);
                }

                DomainError? startError = CheckStart(started, protocol);
                if (startError is not null)
                {
                    return At(startError, index, e);
                }

                course = new TreatmentCourse(protocol, started, expectedEvents);
                course.Apply(started);
            }
            else
            {
                DomainError? error = course._commandIds.Check(e, course._events[^1]) ?? course.Check(e);
                if (error is not null)
                {
                    return At(error, index, e);
                }

                course.Apply(e);
            }

            course._commandIds.Remember(e, index);
        }

        return course is null ? CourseErrors.Empty() : course;
    }

    /// <summary>
    /// Runs a command at most once per caller-chosen <paramref name="commandId"/>: the first time, the command runs and
    /// every event it appends carries the id (and is stored with it); when an event of the history already carries the id,
    /// the command is not run and the original events are returned, so a retry after a lost answer or a version conflict
    /// (reload, then retry with the same id) appends nothing. A refused command appends nothing and is not remembered.
    /// </summary>
    /// <typeparam name="T">The command's result.</typeparam>
    /// <param name="commandId">The caller's id for this command, e.g. a GUID per appointment entry (see <see cref="CommandIds"/>).</param>
    /// <param name="command">The command, e.g. <c>c =&gt; c.RecordSession(on, Attendance.Attended)</c>.</param>
    /// <returns>The events the command appended (or had appended the first time), or the command's error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="commandId"/> is not a well-formed command id.</exception>
    /// <example>
    /// <code>
    /// Result&lt;IReadOnlyList&lt;CourseEvent&gt;&gt; r = course.ExecuteOnce("appt-2026-01-12", c =&gt; c.RecordSession(on, Attendance.Attended));
    /// </code>
    /// </example>
    public Result<IReadOnlyList<CourseEvent>> ExecuteOnce<T>(string commandId, Func<TreatmentCourse, Result<T>> command)
    {
        Guard.Against.Null(command);
        if (!CommandIds.IsValid(commandId))
        {
            throw new ArgumentException("A command id is 1–" + CommandIds.MaxLength + " characters of letters, digits and '-', '_', '.', ':'.", nameof(commandId));
        }

        if (_commandIds.TryGetFirst(commandId, out int first))
        {
            var original = new List<CourseEvent>(2);
            for (int i = first; i < _events.Count && string.Equals(_events[i].CommandId, commandId, StringComparison.Ordinal); i++)
            {
                original.Add(_events[i]);
            }

            return original;
        }

        int before = _events.Count;
        Result<T> result = command(this);
        if (result.IsFailure)
        {
            return result.Error!;
        }

        var appended = new CourseEvent[_events.Count - before];
        for (int i = before; i < _events.Count; i++)
        {
            _events[i] = _events[i] with { CommandId = commandId };
            appended[i - before] = _events[i];
            _commandIds.Remember(_events[i], i);
        }

        return appended;
    }

    /// <summary>Records a session.</summary>
    /// <param name="on">Date of the session; after the previous session.</param>
    /// <param name="attendance">Whether the client came.</param>
    /// <param name="modality">How it was delivered.</param>
    /// <param name="note">Optional private note; never printed.</param>
    /// <param name="participants">Who else took part.</param>
    /// <returns>The event, or why the session cannot be recorded (e.g. <c>session.contract-exhausted</c>).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is undefined.</exception>
    public Result<SessionRecorded> RecordSession(
        DateOnly on,
        Attendance attendance,
        SessionModality modality = SessionModality.InPerson,
        PrivateNote? note = null,
        SessionParticipants participants = SessionParticipants.ClientOnly)
    {
        Guard.Against.UndefinedEnum(attendance);
        Guard.Against.UndefinedEnum(modality);
        Guard.Against.UndefinedParticipants(participants);
        return Execute(new SessionRecorded(on, _ledger.Count + 1, attendance, modality, participants, note));
    }

    /// <summary>Marks a required task as completed.</summary>
    /// <param name="task">The task.</param>
    /// <param name="on">Date of completion.</param>
    /// <returns>The event, or why not (e.g. <c>task.not-in-protocol</c>, <c>task.already-completed</c>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="task"/> is undefined.</exception>
    public Result<TaskCompleted> CompleteTask(TherapyTask task, DateOnly on)
    {
        Guard.Against.UndefinedEnum(task);
        return Execute(new TaskCompleted(on, task));
    }

    /// <summary>Records the decision on what follows the course (TERM-07); completes <see cref="TherapyTask.ContinuationDecided"/>
    /// where the protocol requires it. Interpersonal Counseling uses it for its triage outcome.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="on">Date of the decision.</param>
    /// <returns>The event, or why not (e.g. <c>task.not-in-protocol</c>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decision"/> is undefined.</exception>
    public Result<ContinuationDecided> DecideContinuation(ContinuationDecision decision, DateOnly on)
    {
        Guard.Against.UndefinedEnum(decision);
        return Execute(new ContinuationDecided(on, decision));
    }

    /// <summary>When, in which phase and after how many sessions each required task was completed, oldest first.
    /// Computed from the history on demand (for fidelity review and read models).</summary>
    public IReadOnlyList<TaskCompletion> TaskCompletions()
    {
        var list = new List<TaskCompletion>(_completed.Count);
        PhaseKind phase = _protocol.Phases[0].Kind;
        int sessions = 0;
        foreach (CourseEvent e in CorrectedHistory)
        {
            switch (e)
            {
                case PhaseBegun p:
                    phase = p.Phase;
                    break;
                case SessionRecorded:
                    sessions++;
                    break;
            }

            if (e.CompletesTask is { } task)
            {
                list.Add(new TaskCompletion(task, e.OccurredOn, phase, sessions));
            }
        }

        return list;
    }

    /// <summary>May <paramref name="trigger"/> fire now? Answers with the target, or the guard that failed and its error. Allocates nothing when allowed.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trigger"/> is undefined.</exception>
    public TransitionDecision Can(CourseTrigger trigger)
    {
        PhaseContext context = Context;
        return Machine.Can(_state, trigger, in context);
    }

    /// <summary>Fires a phase trigger: begins the next phase, or completes the course.</summary>
    /// <param name="trigger">Any trigger but <see cref="CourseTrigger.Discontinue"/>, which needs a reason.</param>
    /// <param name="on">Date of the move.</param>
    /// <returns><see cref="PhaseBegun"/> or <see cref="CourseCompleted"/>, or the denial.</returns>
    /// <exception cref="ArgumentException"><paramref name="trigger"/> is <see cref="CourseTrigger.Discontinue"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trigger"/> is undefined.</exception>
    public Result<CourseEvent> Fire(CourseTrigger trigger, DateOnly on)
    {
        Guard.Against.UndefinedEnum(trigger);
        if (trigger == CourseTrigger.Discontinue)
        {
            throw new ArgumentException("Use Discontinue(on, reason): a discontinuation needs a reason.", nameof(trigger));
        }

        if (trigger == CourseTrigger.Complete)
        {
            return Complete(on).Map<CourseEvent>(e => e);
        }

        return Execute(new PhaseBegun(on, CourseTriggers.TargetPhase(trigger)!.Value)).Map<CourseEvent>(e => e);
    }

    /// <summary>Completes the course: the current phase's tasks done, the minimum sessions held.</summary>
    /// <param name="on">Date of completion.</param>
    /// <returns>The event, or the denial.</returns>
    public Result<CourseCompleted> Complete(DateOnly on) => Execute(new CourseCompleted(on));

    /// <summary>Ends the course early.</summary>
    /// <param name="on">Date of discontinuation.</param>
    /// <param name="reason">Why.</param>
    /// <param name="note">Optional private note; never printed.</param>
    /// <returns>The event, or why not (the course is already closed).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is undefined.</exception>
    public Result<CourseDiscontinued> Discontinue(DateOnly on, DiscontinuationReason reason, PrivateNote? note = null)
    {
        Guard.Against.UndefinedEnum(reason);
        return Execute(new CourseDiscontinued(on, reason, note));
    }

    /// <summary>Extends the contract to a new total, at most the protocol's hard cap (renegotiated explicitly, brief §1 "treatment contract").</summary>
    /// <param name="contractedSessions">New total.</param>
    /// <param name="on">Date of the renegotiation.</param>
    /// <returns>The event, or why not.</returns>
    public Result<ContractExtended> ExtendContract(int contractedSessions, DateOnly on) =>
        Execute(new ContractExtended(on, contractedSessions));

    /// <summary>An immutable copy of the course's state with value equality, for read models, tests and comparison.</summary>
    public CourseSnapshot ToSnapshot() => new(
        Id, Client, _protocol.Id, State, StartedOn, _lastEventOn, _ledger.Contracted, _ledger.Held, Version, _completed,
        DiscontinuationReason, Continuation, _work.Inventory?.CompletedOn, _work.Formulation?.AgreedOn, _work.FocusAreas(), _work.Dispute, [.. _ledger.View],
        [.. _events], [.. Measures()], [.. SocialRhythmWeeks()], [.. SafetyConcerns()], [.. SessionWorkOf(CorrectedHistory)], _work.Inventory, _work.Formulation);

    private static IEnumerable<SessionWorkRecorded> SessionWorkOf(IReadOnlyList<CourseEvent> events)
    {
        foreach (CourseEvent e in events)
        {
            if (e is SessionWorkRecorded w)
            {
                yield return w;
            }
        }
    }

    /// <summary>E.g. <c>Course 3f2a… on ipt: Middle, 6 of 16 sessions held, version 12</c>. No notes, no client data.</summary>
    public override string ToString() =>
        "Course " + Id + " on " + _protocol.Id + ": " + State + ", " +
        _ledger.Held.ToString(CultureInfo.InvariantCulture) + " of " + _ledger.Contracted.ToString(CultureInfo.InvariantCulture) +
        " sessions held, version " + Version.ToString(CultureInfo.InvariantCulture);

    // A replay error names the event at fault: "Event 7 (session-recorded): ..." and, as data, DomainError.Event.
    private static DomainError At(DomainError error, int index, CourseEvent? e) =>
        CourseErrors.AtEvent(error, index + 1, e is null ? null : CourseEventNames.Of(e));

    // Events of the planned course with this many contract sessions: the start, the sessions, the required tasks, a move
    // into each phase after the first, the completion. Anything beyond the plan (a missed session, an extension) grows
    // the list by half; the first measure makes room for the protocol's measurement schedules (StartMeasureLog).
    private static int EventCapacity(ProtocolDefinition protocol, int contractedSessions) =>
        1 + contractedSessions + protocol.AllRequiredTasks.Count + (protocol.Phases.Length - 1) + 1;

    private Result<TEvent> Execute<TEvent>(TEvent e)
        where TEvent : CourseEvent
    {
        DomainError? error = Check(e);
        if (error is not null)
        {
            return error;
        }

        Apply(e);
        return e;
    }
}
