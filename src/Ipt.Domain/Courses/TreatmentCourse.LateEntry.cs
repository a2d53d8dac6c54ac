using System;
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
        return RecordMeasureEvent(new MeasureRecorded(administeredOn, instrumentCode, ImmutableCollectionsMarshal.AsImmutableArray(answers.ToArray()), sessionNumber) { EnteredOn = enteredOn });
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

        SocialRhythmScore score = _checkedScore.Of(e)!;
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
}
