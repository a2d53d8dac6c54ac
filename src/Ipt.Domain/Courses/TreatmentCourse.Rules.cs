using System;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Courses;

/// <content>The rules every event must pass (live and in replay) and how each event changes the state.</content>
public sealed partial class TreatmentCourse
{
    private static DomainError? CheckStart(CourseStarted e, ProtocolDefinition protocol)
    {
        if (e.Client is null || e.ProtocolId is null || e.CourseId.Value == Guid.Empty)
        {
            return new DomainError(CourseErrors.HistoryEventInvalid, "course-started lacks its course id, client reference or protocol id.");
        }

        if (!string.Equals(e.ProtocolId, protocol.Id, StringComparison.Ordinal))
        {
            return new DomainError(CourseErrors.HistoryProtocolMismatch, "The history was written on protocol '" + e.ProtocolId + "', not '" + protocol.Id + "'.");
        }

        SessionCounts s = protocol.Sessions;
        if (e.ContractedSessions < s.Minimum || e.ContractedSessions > s.Maximum)
        {
            return new DomainError(
                CourseErrors.ContractOutsideProtocol,
                "A contract of " + e.ContractedSessions + " sessions is outside the protocol's " + s.Minimum + "–" + s.Maximum + ".");
        }

        return CheckAgeAtStart(e.AgeAtStart, protocol.Rules);
    }

    /// <summary>Oldest age at start a caller may record (a bound against misuse, not a clinical rule).</summary>
    private const int MaximumAgeAtStart = 150;

    private static DomainError? CheckAgeAtStart(int? age, ProtocolRules rules) => age switch
    {
        null when rules.RequiresAgeAtStart => new DomainError(CourseStartErrors.AgeRequired, "The protocol needs the client's age at the start of the course."),
        null => null,
        < 0 or > MaximumAgeAtStart => new DomainError(CourseErrors.HistoryEventInvalid, "course-started has an invalid ageAtStart."),
        { } years => rules.CheckAgeAtStart(years),
    };

    private DomainError? Check(CourseEvent e)
    {
        if (e is EntryCorrected correction)
        {
            return _pendingConcern is not null ? MeasureCourseErrors.ConcernMissing() : CheckCorrection(correction);
        }

        if (_state >= _protocol.Phases.Length)
        {
            return e is CourseStarted ? StartedTwice() : PhaseErrors.Closed(Status);
        }

        if (_pendingConcern is not null && e is not SafetyConcernRaised)
        {
            return MeasureCourseErrors.ConcernMissing();
        }

        if (e.EnteredOn is not null && e is not (MeasureRecorded or SafetyConcernRaised or SafetyActionRecorded or SocialRhythmWeekRecorded))
        {
            return new DomainError(CourseErrors.HistoryEventInvalid, "Only a measure, its safety concern, an SRM-5 diary week and a safety action can be entered late.");
        }

        return e switch
        {
            SessionRecorded s => CheckSession(s),
            TaskCompleted t => TherapyTasks.IsDefined(t.Task) && DetailTasks.Contains(t.Task)
                ? new DomainError(CourseErrors.TaskRequiresDetail, "The task '" + TherapyTasks.Code(t.Task) + "' carries clinical detail: use its own command (CompleteInventory, AgreeFormulation, DecideContinuation).")
                : CheckTask(t.Task, t.OccurredOn),
            InventoryCompleted i => CheckInventory(i),
            FormulationAgreed f => CheckFormulation(f),
            SessionWorkRecorded w => CheckWork(w),
            DisputeStageChanged d => CheckDisputeStage(d),
            ContinuationDecided d => Enum.IsDefined(d.Decision)
                ? CheckTask(TherapyTask.ContinuationDecided, d.OccurredOn)
                : new DomainError(CourseErrors.HistoryEventInvalid, "An event names an undefined continuation decision."),
            PhaseBegun p => CheckPhase(p),
            CourseCompleted c => CheckTrigger(CourseTrigger.Complete, c.OccurredOn),
            CourseDiscontinued d => CheckDiscontinue(d),
            ContractExtended x => CheckExtension(x),
            CourseMeasureEvent m => CheckMeasureEvent(m),
            CourseStarted => StartedTwice(),
            _ => new DomainError(CourseErrors.HistoryEventInvalid, "Unknown event type."),
        };
    }

    private static DomainError StartedTwice() =>
        new(CourseErrors.HistoryStartedTwice, "A history can hold only one course-started event.");

    private DomainError? CheckDate(DateOnly on)
    {
        if (on < StartedOn)
        {
            return new DomainError(CourseErrors.DateBeforeStart, "The date " + Iso(on) + " is before the course started on " + Iso(StartedOn) + ".");
        }

        return on < _lastEventOn
            ? new DomainError(CourseErrors.DateOutOfOrder, "The date " + Iso(on) + " is before the last recorded activity on " + Iso(_lastEventOn) + ".")
            : null;
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
            return new DomainError(CourseErrors.LateEntryMisdated, "A late entry dated " + Iso(e.OccurredOn) + " must be entered after that date, not on " + Iso(entered) + ".");
        }

        if (e.OccurredOn < StartedOn)
        {
            return new DomainError(CourseErrors.DateBeforeStart, "The date " + Iso(e.OccurredOn) + " is before the course started on " + Iso(StartedOn) + ".");
        }

        return entered < _lastEventOn
            ? new DomainError(CourseErrors.DateOutOfOrder, "The entry date " + Iso(entered) + " is before the last recorded activity on " + Iso(_lastEventOn) + ".")
            : null;
    }

    private DomainError? CheckSession(SessionRecorded s)
    {
        if (s.Number != _sessions.Count + 1)
        {
            return new DomainError(CourseErrors.HistorySessionNumberMismatch, "Session number " + s.Number + " follows session " + _sessions.Count + ".");
        }

        if (!Enum.IsDefined(s.Attendance) || !Enum.IsDefined(s.Modality))
        {
            return new DomainError(CourseErrors.HistoryEventInvalid, "Session " + s.Number + " has an undefined attendance or modality.");
        }

        if (_lastSessionOn is { } previous && s.OccurredOn <= previous)
        {
            return new DomainError(
                CourseErrors.SessionDateNotAfterPrevious,
                "A session on " + Iso(s.OccurredOn) + " is not after the previous session on " + Iso(previous) + ".");
        }

        DomainError? dateError = CheckDate(s.OccurredOn);
        if (dateError is not null)
        {
            return dateError;
        }

        PhaseDefinition phase = _protocol.Phases[_state];
        int? contractSession = null;
        switch (phase.Sessions.Kind)
        {
            // A pre-treatment phase's limit counts the sessions the client attended: a missed engagement or pre-group
            // session has not happened and is rescheduled.
            case SessionRangeKind.PreTreatment when _attendedInPhase >= phase.Sessions.Last:
                return new DomainError(
                    CourseErrors.PhaseSessionLimitReached,
                    "The " + phase.DisplayName.ToLowerInvariant() + " allows " + phase.Sessions.Last + " attended session(s); begin the next phase to record more.");
            case SessionRangeKind.Counted when _protocol.CountsTowardContract(s.Attendance):
                if (_sessionsHeld >= _contracted)
                {
                    return new DomainError(
                        CourseErrors.ContractExhausted,
                        "All " + _contracted + " contracted sessions have been held; extend the contract (hard cap " + _protocol.Sessions.HardCap + ") to record another.");
                }

                contractSession = _sessionsHeld + 1;
                break;
        }

        var proposal = new SessionProposal(s.OccurredOn, phase.Kind, s.Attendance, s.Modality, s.Participants, contractSession);
        return _protocol.Rules.CheckSession(in proposal);
    }

    private DomainError? CheckTask(TherapyTask task, DateOnly on)
    {
        if (!TherapyTasks.IsDefined(task))
        {
            return new DomainError(CourseErrors.HistoryEventInvalid, "An event names an undefined task.");
        }

        string code = TherapyTasks.Code(task);
        if (_protocol.OwnerPhaseIndex(task) < 0)
        {
            return new DomainError(CourseErrors.TaskNotInProtocol, "The protocol '" + _protocol.Id + "' does not require the task '" + code + "'.");
        }

        if (_completed.Contains(task))
        {
            return new DomainError(CourseErrors.TaskAlreadyCompleted, "The task '" + code + "' is already completed.");
        }

        int earliest = _protocol.EarliestPhaseIndex(task);
        if (earliest > _state)
        {
            return new DomainError(
                CourseErrors.TaskNotYetAvailable,
                "The task '" + code + "' can be completed from the " + _protocol.Phases[earliest].DisplayName.ToLowerInvariant() + " on.");
        }

        return CheckDate(on);
    }

    private DomainError? CheckPhase(PhaseBegun p)
    {
        if (!Enum.IsDefined(p.Phase))
        {
            return new DomainError(CourseErrors.HistoryEventInvalid, "An event names an undefined phase.");
        }

        return CheckTrigger(CourseTriggers.Begin(p.Phase), p.OccurredOn);
    }

    private DomainError? CheckTrigger(CourseTrigger trigger, DateOnly on)
    {
        TransitionDecision decision = Can(trigger);
        return decision.Error ?? CheckDate(on);
    }

    private DomainError? CheckDiscontinue(CourseDiscontinued d) =>
        !Enum.IsDefined(d.Reason)
            ? new DomainError(CourseErrors.HistoryEventInvalid, "An event names an undefined discontinuation reason.")
            : CheckTrigger(CourseTrigger.Discontinue, d.OccurredOn);

    private DomainError? CheckExtension(ContractExtended x)
    {
        if (_protocol.Phases[_state].Sessions.Kind == SessionRangeKind.OpenEnded)
        {
            return new DomainError(CourseErrors.ContractClosed, "The contract cannot change once the " + _protocol.Phases[_state].DisplayName.ToLowerInvariant() + " has begun.");
        }

        if (x.ContractedSessions <= _contracted)
        {
            return new DomainError(CourseErrors.ContractNotAnExtension, "The contract already holds " + _contracted + " sessions; an extension must increase it.");
        }

        if (x.ContractedSessions > _protocol.Sessions.HardCap)
        {
            return new DomainError(
                CourseErrors.ContractExceedsHardCap,
                "A contract of " + x.ContractedSessions + " sessions exceeds the protocol's hard cap of " + _protocol.Sessions.HardCap + ".");
        }

        return CheckDate(x.OccurredOn);
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
                PhaseDefinition phase = _protocol.Phases[_state];
                int? contractSession = null;
                if (phase.Sessions.IsCounted && _protocol.CountsTowardContract(s.Attendance))
                {
                    contractSession = ++_sessionsHeld;
                }

                if (s.Attendance == Attendance.Attended)
                {
                    _attendedInPhase++;
                    _sessionsAttended++;
                }

                _lastSessionOn = s.OccurredOn;
                _sessions.Add(new SessionRecord(s.Number, s.OccurredOn, s.Attendance, s.Modality, s.Participants, phase.Kind, contractSession, s.Note));
                break;
            case ContinuationDecided c:
                Continuation = c.Decision;
                break;
            case PhaseBegun p:
                _state = _machine.TargetOf(_state, CourseTriggers.Begin(p.Phase));
                _attendedInPhase = 0;
                break;
            case CourseCompleted:
                _state = _machine.TargetOf(_state, CourseTrigger.Complete);
                break;
            case CourseDiscontinued d:
                _state = _machine.TargetOf(_state, CourseTrigger.Discontinue);
                DiscontinuationReason = d.Reason;
                break;
            case ContractExtended x:
                _contracted = x.ContractedSessions;
                _sessions.Capacity = Math.Max(_sessions.Capacity, x.ContractedSessions + 2);
                _events.Capacity = Math.Max(_events.Capacity, EventCapacity(_protocol, x.ContractedSessions));
                break;
            case CourseStarted started:
                _contracted = started.ContractedSessions;
                break;
            case CourseMeasureEvent m:
                ApplyMeasureEvent(m);
                break;
            case EntryCorrected c:
                ApplyCorrection(c);
                break;
            default:
                ApplyFormulationEvent(e);
                break;
        }

        _lastEventOn = e.EntryDate;
        _events.Add(e);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
