using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Courses;

/// <content>
/// Corrections, append-only: an entry is marked entered in error or amended by an <see cref="EntryCorrected"/> event;
/// the original stays in <see cref="History"/>. A correction is accepted only when the corrected record — the history
/// with the entry left out or replaced — replays under the same rules as the live commands and leaves the course in
/// the same phase or status; the course then takes the state of that corrected record.
/// </content>
public sealed partial class TreatmentCourse
{
    // Position (0-based) of each corrected entry → its amendment, or null when marked entered in error. Null while the
    // history holds no correction.
    private Dictionary<int, CourseEvent?>? _corrections;

    // The corrected record rebuilt by the last successful check of a correction, reused by its Apply.
    private EntryCorrected? _checkedCorrection;
    private TreatmentCourse? _correctedCourse;

    /// <summary>
    /// The record as corrected, oldest first: <see cref="History"/> without the corrections themselves, without the
    /// entries marked entered in error, and with each amended entry replaced by its latest amendment (at the entry's
    /// place). The same list as <see cref="History"/> while nothing was corrected. Read models, exports and reviews read
    /// the clinical record from here; <see cref="History"/> is what is stored.
    /// </summary>
    public IReadOnlyList<CourseEvent> CorrectedHistory => _corrections is null ? History : Corrected(_corrections, null);

    /// <summary>
    /// Marks an earlier entry (a session, a task completion, a measure or a safety action) as entered in error. The
    /// entry stays in the history; the course shows the record without it.
    /// </summary>
    /// <param name="entry">Position of the entry in <see cref="History"/>, starting at 1.</param>
    /// <param name="reason">Why.</param>
    /// <param name="on">Date of the correction; not before the last recorded activity.</param>
    /// <returns>The event, or <c>correction.*</c> (see <c>docs/persistence.md</c>, "Corrections"), or a date error.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is undefined.</exception>
    public Result<EntryCorrected> MarkEnteredInError(int entry, CorrectionReason reason, DateOnly on)
    {
        Guard.Against.UndefinedEnum(reason);
        return Execute(new EntryCorrected(on, entry, CorrectionKind.EnteredInError, reason, null));
    }

    /// <summary>
    /// Amends an earlier entry (a session, a task completion, a measure or a safety action): the amendment replaces it
    /// in the corrected record. It is an entry of the same kind with the same identity — e.g.
    /// <c>(SessionRecorded)course.History[4] with { Attendance = Attendance.NoShow }</c>.
    /// </summary>
    /// <param name="entry">Position of the entry in <see cref="History"/>, starting at 1.</param>
    /// <param name="amendment">The replacement entry.</param>
    /// <param name="reason">Why.</param>
    /// <param name="on">Date of the correction; not before the last recorded activity.</param>
    /// <returns>The event, or <c>correction.*</c>, or a date error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amendment"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is undefined.</exception>
    public Result<EntryCorrected> Amend(int entry, CourseEvent amendment, CorrectionReason reason, DateOnly on)
    {
        Guard.Against.Null(amendment);
        Guard.Against.UndefinedEnum(reason);
        return Execute(new EntryCorrected(on, entry, CorrectionKind.Amended, reason, amendment));
    }

    private static bool IsCorrectable(CourseEvent e) => e is SessionRecorded or TaskCompleted or MeasureRecorded or SafetyActionRecorded;

    private DomainError? CheckCorrection(EntryCorrected c)
    {
        if (!Enum.IsDefined(c.Kind) || !Enum.IsDefined(c.Reason) || (c.Kind == CorrectionKind.EnteredInError) != (c.Amendment is null))
        {
            return new DomainError(CourseErrors.HistoryEventInvalid, "A correction has an undefined kind or reason, or an amendment that does not match its kind.");
        }

        if (c.Entry < 1 || c.Entry > _events.Count)
        {
            return new DomainError(CourseErrors.CorrectionEntryUnknown, "Entry " + Pos(c.Entry) + " is not an earlier entry of the history.");
        }

        CourseEvent target = _events[c.Entry - 1];
        if (!IsCorrectable(target))
        {
            return new DomainError(
                CourseErrors.CorrectionEntryNotCorrectable,
                "Entry " + Pos(c.Entry) + " (" + CourseEventNames.Of(target) + ") cannot be corrected; only a session, a task, a measure or a safety action can.");
        }

        CourseEvent current = target;
        if (_corrections is not null && _corrections.TryGetValue(c.Entry - 1, out CourseEvent? corrected0))
        {
            if (corrected0 is not null)
            {
                current = corrected0;
            }
        }

        if (_corrections is not null && _corrections.TryGetValue(c.Entry - 1, out CourseEvent? marked) && marked is null)
        {
            return new DomainError(CourseErrors.CorrectionEntryInError, "Entry " + Pos(c.Entry) + " is already marked entered in error.");
        }

        if (c.Amendment is { } amendment && !SameIdentity(target, amendment, current))
        {
            return new DomainError(
                CourseErrors.CorrectionAmendmentMismatch,
                "The amendment of entry " + Pos(c.Entry) + " must be a " + CourseEventNames.Of(target) +
                " with the same identity (session number, task, instrument and session, concern), no command id, and a change.");
        }

        DomainError? dateError = CheckDate(c.OccurredOn);
        if (dateError is not null)
        {
            return dateError;
        }

        var corrections = _corrections is null ? new Dictionary<int, CourseEvent?>() : new Dictionary<int, CourseEvent?>(_corrections);
        corrections[c.Entry - 1] = c.Amendment;
        var positions = new List<int>(_events.Count);
        List<CourseEvent> corrected = Corrected(corrections, positions);
        Result<TreatmentCourse> rebuilt = Replay(corrected, corrected.Count, _protocol);
        if (rebuilt.IsFailure)
        {
            int at = rebuilt.Error!.Event?.Position ?? corrected.Count;
            CourseEvent refused = corrected[Math.Clamp(at - 1, 0, corrected.Count - 1)];
            string code = refused is PhaseBegun or CourseCompleted or CourseDiscontinued ? CourseErrors.CorrectionUndoesProgress : CourseErrors.CorrectionBreaksRecord;
            return new DomainError(
                code,
                "Corrected, the record would not hold: entry " + Pos(positions[Math.Clamp(at - 1, 0, positions.Count - 1)] + 1) + " (" +
                CourseEventNames.Of(refused) + ") would be refused with " + rebuilt.Error.Code + ".");
        }

        TreatmentCourse course = rebuilt.Value;
        if (course._pendingConcern is not null)
        {
            return new DomainError(CourseErrors.CorrectionBreaksRecord, "Corrected, the record would hold a positive safety item without its safety concern.");
        }

        if (course._state != _state)
        {
            return new DomainError(CourseErrors.CorrectionUndoesProgress, "Corrected, the course would be " + course.State + " instead of " + State + ".");
        }

        _checkedCorrection = c;
        _correctedCourse = course;
        return null;
    }

    // An amendment replaces an entry by one of the same kind and identity; it carries no command id and changes something.
    private static bool SameIdentity(CourseEvent target, CourseEvent amendment, CourseEvent current)
    {
        if (amendment.GetType() != target.GetType() || amendment.CommandId is not null || RecordEquality.Event(amendment, current))
        {
            return false;
        }

        return (target, amendment) switch
        {
            (SessionRecorded t, SessionRecorded a) => t.Number == a.Number,
            (TaskCompleted t, TaskCompleted a) => t.Task == a.Task,
            (MeasureRecorded t, MeasureRecorded a) => string.Equals(t.InstrumentCode, a.InstrumentCode, StringComparison.Ordinal) && t.SessionNumber == a.SessionNumber,
            (SafetyActionRecorded t, SafetyActionRecorded a) => t.Concern == a.Concern,
            _ => false,
        };
    }

    private void ApplyCorrection(EntryCorrected c)
    {
        TreatmentCourse? course = ReferenceEquals(_checkedCorrection, c) ? _correctedCourse : null;
        (_corrections ??= new Dictionary<int, CourseEvent?>())[c.Entry - 1] = c.Amendment;
        course ??= Replay(Corrected(_corrections, null), 0, _protocol).Value;
        _checkedCorrection = null;
        _correctedCourse = null;

        // The corrected record's state; the stored history, its command ids and its entry chronology stay this course's.
        _state = course._state;
        _completed = course._completed;
        _contracted = course._contracted;
        _sessionsHeld = course._sessionsHeld;
        _sessionsAttended = course._sessionsAttended;
        _attendedInPhase = course._attendedInPhase;
        _lastSessionOn = course._lastSessionOn;
        _sessions.Clear();
        _sessions.AddRange(course._sessions);
        _measureLog = course._measureLog;
        _pendingConcern = course._pendingConcern;
        _inventory = course._inventory;
        _formulation = course._formulation;
        _disputeStage = course._disputeStage;
        _lastWorkedSession = course._lastWorkedSession;
        Continuation = course.Continuation;
        DiscontinuationReason = course.DiscontinuationReason;
    }

    private List<CourseEvent> Corrected(Dictionary<int, CourseEvent?> corrections, List<int>? positions)
    {
        var list = new List<CourseEvent>(_events.Count);
        for (int i = 0; i < _events.Count; i++)
        {
            CourseEvent e = _events[i];
            if (e is EntryCorrected)
            {
                continue;
            }

            if (corrections.TryGetValue(i, out CourseEvent? amendment))
            {
                if (amendment is null)
                {
                    continue;
                }

                e = amendment;
            }

            list.Add(e);
            positions?.Add(i);
        }

        return list;
    }

    private static string Pos(int n) => n.ToString(CultureInfo.InvariantCulture);
}
