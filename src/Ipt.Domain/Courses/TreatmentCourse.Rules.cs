using System;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Courses;

/// <content>
/// The rules every event must pass (live and in replay) and how each event changes the state. The root checks what
/// every event shares (the course is open, no safety concern is pending, the dates keep their order, a task belongs to
/// the protocol and its phase, a phase move is allowed) and routes the rest to the concern the event belongs to:
/// the <see cref="SessionLedger"/>, the <see cref="FormulationWork"/>, the <see cref="MeasureLog"/> or the
/// <see cref="CorrectionLedger"/>.
/// </content>
public sealed partial class TreatmentCourse
{
    /// <summary>Oldest age at start a caller may record (a bound against misuse, not a clinical rule).</summary>
    private const int MaximumAgeAtStart = 150;

    private static DomainError? CheckStart(CourseStarted e, ProtocolDefinition protocol)
    {
        if (e.Client is null || e.ProtocolId is null || e.CourseId.Value == Guid.Empty)
        {
            return CourseErrors.StartIncomplete();
        }

        if (!string.Equals(e.ProtocolId, protocol.Id, StringComparison.Ordinal))
        {
            return CourseErrors.ProtocolMismatch(e.ProtocolId, protocol.Id);
        }

        SessionCounts s = protocol.Sessions;
        if (e.ContractedSessions < s.Minimum || e.ContractedSessions > s.Maximum)
        {
            return CourseErrors.ContractOutside(e.ContractedSessions, s.Minimum, s.Maximum);
        }

        return CheckAgeAtStart(e.AgeAtStart, protocol.Rules);
    }

    private static DomainError? CheckAgeAtStart(int? age, ProtocolRules rules) => age switch
    {
        null when rules.RequiresAgeAtStart => CourseErrors.AgeAtStartMissing(),
        null => null,
        < 0 or > MaximumAgeAtStart => CourseErrors.AgeAtStartInvalid(),
        { } years => rules.CheckAgeAtStart(years),
    };

    private DomainError? Check(CourseEvent e)
    {
        bool concernPending = _measureLog?.PendingConcern is not null;
        if (e is EntryCorrected correction)
        {
            return concernPending ? MeasureCourseErrors.ConcernMissing() : CheckCorrection(correction);
        }

        if (_state >= _protocol.Phases.Length)
        {
            return e is CourseStarted ? CourseErrors.StartedTwice() : PhaseErrors.Closed(Status);
        }

        if (concernPending && e is not SafetyConcernRaised)
        {
            return MeasureCourseErrors.ConcernMissing();
        }

        if (e.EnteredOn is not null && e is not (MeasureRecorded or SafetyConcernRaised or SafetyActionRecorded or SocialRhythmWeekRecorded))
        {
            return CourseErrors.LateEntryNotAllowed();
        }

        return e switch
        {
            SessionRecorded s => _ledger.CheckOrder(s) ?? CheckDate(s.OccurredOn) ?? _ledger.CheckPlace(s, _protocol, _state),
            TaskCompleted t => TherapyTasks.IsDefined(t.Task) && DetailTasks.Contains(t.Task)
                ? CourseErrors.TaskDetailRequired(TherapyTasks.Code(t.Task))
                : CheckTask(t.Task, t.OccurredOn),
            InventoryCompleted i => CheckInventory(i),
            FormulationAgreed f => CheckFormulation(f),
            SessionWorkRecorded w => _work.CheckWork(w, in _ledger, _protocol) ?? CheckDate(w.OccurredOn),
            DisputeStageChanged d => _work.CheckDisputeStage(d) ?? CheckDate(d.OccurredOn),
            ContinuationDecided d => Enum.IsDefined(d.Decision)
                ? CheckTask(TherapyTask.ContinuationDecided, d.OccurredOn)
                : CourseErrors.Undefined("continuation decision"),
            PhaseBegun p => Enum.IsDefined(p.Phase) ? CheckTrigger(CourseTriggers.Begin(p.Phase), p.OccurredOn) : CourseErrors.Undefined("phase"),
            CourseCompleted c => CheckTrigger(CourseTrigger.Complete, c.OccurredOn),
            CourseDiscontinued d => Enum.IsDefined(d.Reason)
                ? CheckTrigger(CourseTrigger.Discontinue, d.OccurredOn)
                : CourseErrors.Undefined("discontinuation reason"),
            ContractExtended x => _ledger.CheckExtension(x, _protocol, _state) ?? CheckDate(x.OccurredOn),
            CourseMeasureEvent m => CheckMeasureEvent(m),
            CourseStarted => CourseErrors.StartedTwice(),
            _ => CourseErrors.UnknownEventType(),
        };
    }

    private DomainError? CheckDate(DateOnly on)
    {
        if (on < StartedOn)
        {
            return CourseErrors.BeforeStart(on, StartedOn);
        }

        return on < _lastEventOn ? CourseErrors.OutOfOrder(on, _lastEventOn) : null;
    }

    // A late entry (EnteredOn set) happened on OccurredOn, after the start and before it was entered; its entry date keeps
    // the history's order. Any other event is entered on the day it happened.
    private DomainError? CheckEntryDates(CourseEvent e)
    {
        if (e.EnteredOn is not { } entered)
        {
            return CheckDate(e.OccurredOn);
        }

        if (entered <= e.OccurredOn)
        {
            return CourseErrors.LateEntryNotAfter(e.OccurredOn, entered);
        }

        if (e.OccurredOn < StartedOn)
        {
            return CourseErrors.BeforeStart(e.OccurredOn, StartedOn);
        }

        return entered < _lastEventOn ? CourseErrors.EntryOutOfOrder(entered, _lastEventOn) : null;
    }

    private DomainError? CheckTask(TherapyTask task, DateOnly on)
    {
        if (!TherapyTasks.IsDefined(task))
        {
            return CourseErrors.Undefined("task");
        }

        string code = TherapyTasks.Code(task);
        if (_protocol.OwnerPhaseIndex(task) < 0)
        {
            return CourseErrors.NotInProtocol(_protocol.Id, code);
        }

        if (_completed.Contains(task))
        {
            return CourseErrors.AlreadyCompleted(code);
        }

        int earliest = _protocol.EarliestPhaseIndex(task);
        if (earliest > _state)
        {
            return CourseErrors.NotYetAvailable(code, _protocol.Phases[earliest].DisplayName);
        }

        return CheckDate(on);
    }

    private DomainError? CheckTrigger(CourseTrigger trigger, DateOnly on)
    {
        TransitionDecision decision = Can(trigger);
        return decision.Error ?? CheckDate(on);
    }

    private void Apply(CourseEvent e)
    {
        if (e.CompletesTask is { } completes)
        {
            _completed = _completed.With(completes);
        }

        switch (e)
        {
            case SessionRecorded s:
                _ledger.Apply(s, _protocol, _state);
                break;
            case ContinuationDecided c:
                Continuation = c.Decision;
                break;
            case PhaseBegun p:
                _state = Machine.TargetOf(_state, CourseTriggers.Begin(p.Phase));
                _ledger.BeginPhase();
                break;
            case CourseCompleted:
                _state = Machine.TargetOf(_state, CourseTrigger.Complete);
                break;
            case CourseDiscontinued d:
                _state = Machine.TargetOf(_state, CourseTrigger.Discontinue);
                DiscontinuationReason = d.Reason;
                break;
            case ContractExtended x:
                _ledger.Extend(x.ContractedSessions);
                _events.Capacity = Math.Max(_events.Capacity, EventCapacity(_protocol, x.ContractedSessions));
                break;
            case CourseStarted started:
                _ledger.Start(started.ContractedSessions);
                break;
            case CourseMeasureEvent m:
                ApplyMeasureEvent(m);
                break;
            case EntryCorrected c:
                ApplyCorrection(c);
                break;
            default:
                _work.Apply(e, _protocol);
                break;
        }

        _lastEventOn = e.EntryDate;
        if (_events.Count == _events.Capacity)
        {
            // Missed sessions and extra measures outrun the planned size: grow by half rather than double.
            _events.Capacity = GrownCapacity(_events.Count);
        }

        _events.Add(e);
    }

    /// <summary>The capacity a full list of <paramref name="count"/> grows to: half again, at least 8 more.</summary>
    internal static int GrownCapacity(int count) => count + Math.Max(8, count / 2);
}
