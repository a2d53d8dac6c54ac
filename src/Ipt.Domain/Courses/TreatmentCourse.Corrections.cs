using System;
using System.Collections.Generic;
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
    /// <summary>
    /// The record as corrected, oldest first: <see cref="History"/> without the corrections themselves, without the
    /// entries marked entered in error, and with each amended entry replaced by its latest amendment (at the entry's
    /// place). The same list as <see cref="History"/> while nothing was corrected. Read models, exports and reviews read
    /// the clinical record from here; <see cref="History"/> is what is stored.
    /// </summary>
    public IReadOnlyList<CourseEvent> CorrectedHistory => _corrections.Any ? _corrections.Corrected(_events) : History;

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
            return CourseErrors.CorrectionInvalid();
        }

        if (c.Entry < 1 || c.Entry > _events.Count)
        {
            return CourseErrors.EntryUnknown(c.Entry);
        }

        CourseEvent target = _events[c.Entry - 1];
        if (!IsCorrectable(target))
        {
            return CourseErrors.NotCorrectable(c.Entry, CourseEventNames.Of(target));
        }

        CourseEvent current = _corrections.Current(c.Entry - 1, target);
        if (_corrections.IsInError(c.Entry - 1))
        {
            return CourseErrors.AlreadyInError(c.Entry);
        }

        if (c.Amendment is { } amendment && !SameIdentity(target, amendment, current))
        {
            return CourseErrors.AmendmentMismatch(c.Entry, CourseEventNames.Of(target));
        }

        DomainError? dateError = CheckDate(c.OccurredOn);
        if (dateError is not null)
        {
            return dateError;
        }

        var positions = new List<int>(_events.Count);
        List<CourseEvent> corrected = CorrectionLedger.Corrected(_events, _corrections.With(c), positions);
        Result<TreatmentCourse> rebuilt = Replay(corrected, corrected.Count, _protocol);
        if (rebuilt.IsFailure)
        {
            int at = rebuilt.Error!.Event?.Position ?? corrected.Count;
            CourseEvent refused = corrected[Math.Clamp(at - 1, 0, corrected.Count - 1)];
            string code = refused is PhaseBegun or CourseCompleted or CourseDiscontinued ? CourseErrors.CorrectionUndoesProgress : CourseErrors.CorrectionBreaksRecord;
            return CourseErrors.CorrectedRecordRefuses(
                code, positions[Math.Clamp(at - 1, 0, positions.Count - 1)] + 1, CourseEventNames.Of(refused), rebuilt.Error.Code);
        }

        TreatmentCourse course = rebuilt.Value;
        if (course._measureLog?.PendingConcern is not null)
        {
            return CourseErrors.CorrectedConcernMissing();
        }

        if (course._state != _state)
        {
            return CourseErrors.CorrectedState(course.State.ToString(), State.ToString());
        }

        _corrections.Checked(c, course);
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
        TreatmentCourse course = _corrections.Apply(c) ?? Replay(_corrections.Corrected(_events), 0, _protocol).Value;

        // The corrected record's state; the stored history, its command ids and its entry chronology stay this course's.
        _state = course._state;
        _completed = course._completed;
        _ledger.CopyFrom(in course._ledger);
        _work = course._work;
        _measureLog = course._measureLog;
        Continuation = course.Continuation;
        DiscontinuationReason = course.DiscontinuationReason;
    }
}
