using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Courses;

/// <content>
/// Late entry: a measure, an SRM-5 diary week or a safety action entered after the day it happened carries both dates — the clinical date
/// (<see cref="CourseEvent.OccurredOn"/>) and the entry date (<see cref="CourseEvent.EnteredOn"/>). The history stays in
/// entry order; the clinical date must lie after the start and before the entry, a measure tied to a session must be
/// dated on that session's date, and the course lists measures by clinical date (so a late baseline is the baseline).
/// </content>
public sealed partial class TreatmentCourse
{
    // The measure applied last, whose safety concern (if any) follows it.
    private CourseMeasure? _lastMeasure;

    /// <summary>
    /// Records an instrument administered earlier than it is entered (e.g. a PHQ-9 given at session 1, entered after
    /// session 3). As <see cref="RecordMeasure(string, ReadOnlySpan{int}, DateOnly, bool)"/>, with the clinical date and
    /// the entry date apart; a positive safety item raises its concern, entered on the same day.
    /// </summary>
    /// <param name="instrumentCode">Instrument code.</param>
    /// <param name="answers">Answers in item order.</param>
    /// <param name="administeredOn">Date the instrument was administered: on or after the start, before <paramref name="enteredOn"/>.</param>
    /// <param name="enteredOn">Date of entry: not before the last recorded activity.</param>
    /// <param name="sessionNumber">The session it was administered at (attended, dated <paramref name="administeredOn"/>), or null when not tied to a session.</param>
    /// <returns>The event, the score and the concern raised (if any); or as the other overload, or <c>course.late-entry-misdated</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrumentCode"/> is null.</exception>
    public Result<MeasureRecording> RecordMeasureEnteredLate(string instrumentCode, ReadOnlySpan<int> answers, DateOnly administeredOn, DateOnly enteredOn, int? sessionNumber = null)
    {
        Guard.Against.Null(instrumentCode);
        var e = new MeasureRecorded(administeredOn, instrumentCode, ImmutableCollectionsMarshal.AsImmutableArray(answers.ToArray()), sessionNumber) { EnteredOn = enteredOn };
        DomainError? error = Check(e);
        if (error is not null)
        {
            return error;
        }

        var score = (InstrumentScore)_checkedScore!;
        Apply(e);
        SafetyConcernRaised? concern = null;
        if (score.SafetyFlag is { } flag)
        {
            concern = new SafetyConcernRaised(administeredOn, _measureLog!.Concerns.Count + 1, flag.Code) { EnteredOn = enteredOn };
            if (Check(concern) is not null)
            {
                throw new InvalidOperationException("A raised safety concern failed its own check.");
            }

            Apply(concern);
        }

        return new MeasureRecording(e, score, concern);
    }

    /// <summary>
    /// Records an SRM-5 diary week reviewed earlier than it is entered (e.g. the week reviewed at session 2, entered after
    /// session 4). As <see cref="RecordSocialRhythmWeek(ReadOnlySpan{SrmDay}, DateOnly, SrmTargetTimes?, bool)"/>, with the
    /// review date and the entry date apart; the course lists weeks by review date.
    /// </summary>
    /// <param name="week">Seven diary days, oldest first.</param>
    /// <param name="reviewedOn">Date the week was reviewed: on or after the start, before <paramref name="enteredOn"/>.</param>
    /// <param name="enteredOn">Date of entry: not before the last recorded activity.</param>
    /// <param name="targets">Target times agreed with the therapist, or null for habitual-time scoring (the default).</param>
    /// <param name="sessionNumber">The session it was reviewed at (attended, dated <paramref name="reviewedOn"/>), or null when not tied to a session.</param>
    /// <returns>The event and its score; or as the other overload, or <c>course.late-entry-misdated</c>.</returns>
    public Result<SocialRhythmWeekRecording> RecordSocialRhythmWeekEnteredLate(ReadOnlySpan<SrmDay> week, DateOnly reviewedOn, DateOnly enteredOn, SrmTargetTimes? targets = null, int? sessionNumber = null)
    {
        var e = new SocialRhythmWeekRecorded(reviewedOn, ImmutableCollectionsMarshal.AsImmutableArray(week.ToArray()), targets, sessionNumber) { EnteredOn = enteredOn };
        DomainError? error = Check(e);
        if (error is not null)
        {
            return error;
        }

        var score = (SocialRhythmScore)_checkedScore!;
        Apply(e);
        return new SocialRhythmWeekRecording(e, score);
    }

    /// <summary>Records a safety action taken earlier than it is entered. As
    /// <see cref="RecordSafetyAction(int, SafetyAction, DateOnly, PrivateNote?)"/>, with the clinical date and the entry date apart.</summary>
    /// <param name="concern">Number of the concern.</param>
    /// <param name="action">What was done.</param>
    /// <param name="actedOn">Date of the action: on or after the concern was raised, before <paramref name="enteredOn"/>.</param>
    /// <param name="enteredOn">Date of entry: not before the last recorded activity.</param>
    /// <param name="note">Optional private note; never printed.</param>
    /// <returns>The event, or <c>safety.concern-unknown</c>, <c>course.late-entry-misdated</c>, a date error or a closed-course error.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is undefined.</exception>
    public Result<SafetyActionRecorded> RecordSafetyActionEnteredLate(int concern, SafetyAction action, DateOnly actedOn, DateOnly enteredOn, PrivateNote? note = null)
    {
        Guard.Against.UndefinedEnum(action);
        return Execute(new SafetyActionRecorded(actedOn, concern, action, note) { EnteredOn = enteredOn });
    }

    // A late measure may be tied to any recorded session the client attended, and is then dated on that session's date.
    private DomainError? CheckLateTie(int? sessionNumber, DateOnly on)
    {
        if (sessionNumber is not int n)
        {
            return null;
        }

        if (n < 1 || n > _sessions.Count)
        {
            return new DomainError(CourseErrors.HistoryEventInvalid, "A measurement event is tied to session " + n.ToString(CultureInfo.InvariantCulture) + ", which is not recorded.");
        }

        SessionRecord session = _sessions[n - 1];
        if (session.Attendance != Attendance.Attended)
        {
            return MeasureCourseErrors.NotAttended(n);
        }

        return session.Date == on
            ? null
            : new DomainError(CourseErrors.LateEntryMisdated, "A measure tied to session " + n.ToString(CultureInfo.InvariantCulture) + " is dated on that session's date, " + Iso(session.Date) + ".");
    }

    // Measures are listed by clinical date; a late entry goes after every measure of its date or earlier.
    private static void InsertByDate(List<CourseMeasure> measures, CourseMeasure measure)
    {
        int at = measures.Count;
        while (at > 0 && measures[at - 1].On > measure.On)
        {
            at--;
        }

        measures.Insert(at, measure);
    }

    // Diary weeks are listed by review date, as measures are.
    private static void InsertByDate(List<CourseSocialRhythmWeek> weeks, CourseSocialRhythmWeek week)
    {
        int at = weeks.Count;
        while (at > 0 && weeks[at - 1].On > week.On)
        {
            at--;
        }

        weeks.Insert(at, week);
    }
}
