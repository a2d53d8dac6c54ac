using System;
using System.Linq;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Serialization;
using static Ipt.Domain.Testing.CourseFixture;

namespace Ipt.Domain.Tests.Courses;

/// <summary>Corrections are new events: the original stays in the history, the course shows the corrected record, and a
/// correction that would make the record impossible or undo progress is refused with its own code.</summary>
public class TreatmentCourse_Corrections
{
    private static readonly int[] Phq9Low = [1, 1, 1, 1, 1, 1, 1, 1, 0];
    private static readonly int[] Phq9High = [3, 3, 3, 2, 2, 2, 2, 2, 0];

    private static TreatmentCourse WithTwoMeasures()
    {
        // Two administrations on two dates: an instrument is recorded once per clinical date (measure.already-recorded).
        TreatmentCourse c = NewCourse().Sessions(1);
        Assert.True(c.RecordMeasure("phq-9", Phq9High, Week(0), atLatestSession: true).IsSuccess);
        Assert.True(c.Sessions(1).RecordMeasure("phq-9", Phq9Low, Week(1)).IsSuccess);
        return c;
    }

    private static void AssertReplaysAndReadsBack(TreatmentCourse c)
    {
        Result<TreatmentCourse> replayed = TreatmentCourse.FromHistory(c.History, c.Protocol);
        Assert.True(replayed.IsSuccess, replayed.ToString());
        Assert.Null(c.ToSnapshot().FirstDifference(replayed.Value.ToSnapshot()));
        var read = CourseHistoryJson.Deserialize(CourseHistoryJson.Serialize(c.History));
        Assert.True(read.IsSuccess, read.ToString());
        Assert.Null(c.ToSnapshot().FirstDifference(TreatmentCourse.FromHistory(read.Value, c.Protocol).Value.ToSnapshot()));
    }

    [Fact]
    public void A_measure_marked_entered_in_error_stays_in_the_history_and_leaves_the_measures_and_the_series()
    {
        TreatmentCourse c = WithTwoMeasures();
        Assert.Equal(-11, c.MeasureSeries("phq-9")!.Change);
        Result<EntryCorrected> r = c.MarkEnteredInError(c.Version, CorrectionReason.DuplicateEntry, Week(1));
        Assert.True(r.IsSuccess, r.ToString());
        Assert.Single(c.Measures());
        Assert.Equal(0, c.MeasureSeries("phq-9")!.Change);
        Assert.Equal(6, c.History.Count);
        Assert.IsType<MeasureRecorded>(c.History[4]);
        Assert.Equal(4, c.CorrectedHistory.Count);
        Assert.DoesNotContain(c.CorrectedHistory, e => e is EntryCorrected);
        AssertReplaysAndReadsBack(c);
    }

    [Fact]
    public void An_amended_session_is_what_the_course_shows_and_counts()
    {
        TreatmentCourse c = NewCourse().Sessions(3);
        var original = (SessionRecorded)c.History[3];
        Assert.True(c.Amend(4, original with { Attendance = Attendance.NoShow }, CorrectionReason.TranscriptionError, Week(2)).IsSuccess);
        Assert.Equal(Attendance.NoShow, c.Sessions[2].Attendance);
        Assert.Equal(2, c.SessionsAttended);
        Assert.Equal(original, c.History[3]);
        AssertReplaysAndReadsBack(c);

        // The amendment can itself be amended; the latest one counts.
        Assert.True(c.Amend(4, original with { Modality = SessionModality.Remote }, CorrectionReason.InformationUpdated, Week(2)).IsSuccess);
        Assert.Equal((Attendance.Attended, SessionModality.Remote), (c.Sessions[2].Attendance, c.Sessions[2].Modality));
        AssertReplaysAndReadsBack(c);
    }

    [Fact]
    public void The_latest_session_marked_in_error_leaves_the_log_and_its_number_is_used_again()
    {
        TreatmentCourse c = NewCourse().Sessions(2);
        Assert.True(c.MarkEnteredInError(3, CorrectionReason.WrongCourse, Week(1)).IsSuccess);
        Assert.Single(c.Sessions);
        Assert.Equal(1, c.SessionsHeld);
        Result<SessionRecorded> next = c.RecordSession(Week(2), Attendance.Attended);
        Assert.True(next.IsSuccess, next.ToString());
        Assert.Equal(2, next.Value.Number);
        AssertReplaysAndReadsBack(c);
    }

    [Fact]
    public void An_earlier_session_marked_in_error_would_break_the_record_and_is_refused()
    {
        TreatmentCourse c = NewCourse().Sessions(3);
        AssertRejectedUnchanged(c, x => x.MarkEnteredInError(2, CorrectionReason.WrongCourse, Week(2)), CourseErrors.CorrectionBreaksRecord);
        Result<EntryCorrected> r = c.MarkEnteredInError(2, CorrectionReason.WrongCourse, Week(2));
        Assert.Contains("entry 3 (session-recorded)", r.Error!.Message, StringComparison.Ordinal);
        Assert.Contains(CourseErrors.HistorySessionNumberMismatch, r.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_correction_may_not_undo_a_phase_move_or_un_complete_a_course()
    {
        TreatmentCourse middle = InMiddlePhase();
        int diagnosis = middle.History.ToList().FindIndex(e => e is TaskCompleted { Task: TherapyTask.Diagnosis }) + 1;
        AssertRejectedUnchanged(middle, x => x.MarkEnteredInError(diagnosis, CorrectionReason.TranscriptionError, middle.LastActivityOn), CourseErrors.CorrectionUndoesProgress);

        TreatmentCourse completed = ReadyToComplete();
        Assert.True(completed.Complete(completed.LastActivityOn).IsSuccess);
        int future = completed.History.ToList().FindIndex(e => e is TaskCompleted { Task: TherapyTask.FuturePlan }) + 1;
        AssertRejectedUnchanged(completed, x => x.MarkEnteredInError(future, CorrectionReason.TranscriptionError, completed.LastActivityOn), CourseErrors.CorrectionUndoesProgress);
        int lastSession = completed.History.ToList().FindLastIndex(e => e is SessionRecorded) + 1;

        // A closed course can still be corrected where progress does not depend on the entry.
        Assert.True(completed.Amend(lastSession, (SessionRecorded)completed.History[lastSession - 1] with { Modality = SessionModality.Remote }, CorrectionReason.TranscriptionError, completed.LastActivityOn).IsSuccess);
        Assert.Equal(CourseStatus.Completed, completed.Status);
        AssertReplaysAndReadsBack(completed);
    }

    [Fact]
    public void A_task_of_the_current_phase_marked_in_error_is_outstanding_again()
    {
        TreatmentCourse c = NewCourse().Sessions(1).Tasks(TherapyTask.Diagnosis);
        Assert.True(c.MarkEnteredInError(c.Version, CorrectionReason.TranscriptionError, Week(0)).IsSuccess);
        Assert.True(c.OutstandingTasks.Contains(TherapyTask.Diagnosis));
        Assert.DoesNotContain(c.TaskCompletions(), t => t.Task == TherapyTask.Diagnosis);
        Assert.True(c.CompleteTask(TherapyTask.Diagnosis, Week(0)).IsSuccess);
        AssertReplaysAndReadsBack(c);
    }

    [Fact]
    public void A_safety_action_marked_in_error_reopens_its_concern_and_a_measure_that_raised_one_cannot_be_removed()
    {
        TreatmentCourse c = NewCourse().Sessions(1);
        Assert.True(c.RecordMeasure("phq-9", [1, 1, 1, 1, 1, 1, 1, 1, 2], Week(0), atLatestSession: true).IsSuccess);
        Assert.True(c.RecordSafetyAction(1, SafetyAction.RiskAssessment, Week(0)).IsSuccess);
        Assert.DoesNotContain(c.Due(), d => d.Code == DueCodes.SafetyConcern);
        Assert.True(c.MarkEnteredInError(c.Version, CorrectionReason.WrongCourse, Week(0)).IsSuccess);
        Assert.Contains(c.Due(), d => d.Code == DueCodes.SafetyConcern);
        Assert.Single(c.OpenSafetyConcerns());
        AssertRejectedUnchanged(c, x => x.MarkEnteredInError(3, CorrectionReason.WrongCourse, Week(0)), CourseErrors.CorrectionBreaksRecord);
        var measure = (MeasureRecorded)c.History[2];
        AssertRejectedUnchanged(c, x => x.Amend(3, measure with { Answers = [1, 1, 1, 1, 1, 1, 1, 1, 0] }, CorrectionReason.TranscriptionError, Week(0)), CourseErrors.CorrectionBreaksRecord);
        AssertReplaysAndReadsBack(c);
    }

    [Fact]
    public void An_amendment_that_raises_a_safety_flag_is_refused()
    {
        TreatmentCourse c = WithTwoMeasures();
        var measure = (MeasureRecorded)c.History[^1];
        AssertRejectedUnchanged(c, x => x.Amend(c.Version, measure with { Answers = [1, 1, 1, 1, 1, 1, 1, 1, 1] }, CorrectionReason.TranscriptionError, Week(1)), CourseErrors.CorrectionBreaksRecord);
    }

    [Fact]
    public void Corrections_naming_no_entry_the_wrong_kind_an_entry_in_error_or_a_mismatched_amendment_are_refused()
    {
        TreatmentCourse c = WithTwoMeasures();
        AssertRejectedUnchanged(c, x => x.MarkEnteredInError(0, CorrectionReason.Other, Week(1)), CourseErrors.CorrectionEntryUnknown);
        AssertRejectedUnchanged(c, x => x.MarkEnteredInError(c.Version + 1, CorrectionReason.Other, Week(1)), CourseErrors.CorrectionEntryUnknown);
        AssertRejectedUnchanged(c, x => x.MarkEnteredInError(1, CorrectionReason.Other, Week(1)), CourseErrors.CorrectionEntryNotCorrectable);
        var measure = (MeasureRecorded)c.History[^1];
        AssertRejectedUnchanged(c, x => x.Amend(c.Version, measure, CorrectionReason.Other, Week(1)), CourseErrors.CorrectionAmendmentMismatch);
        AssertRejectedUnchanged(c, x => x.Amend(c.Version, measure with { InstrumentCode = "gad-7" }, CorrectionReason.Other, Week(1)), CourseErrors.CorrectionAmendmentMismatch);
        AssertRejectedUnchanged(c, x => x.Amend(c.Version, measure with { Answers = [0, 0, 0, 0, 0, 0, 0, 0, 0], CommandId = "x" }, CorrectionReason.Other, Week(1)), CourseErrors.CorrectionAmendmentMismatch);
        AssertRejectedUnchanged(c, x => x.Amend(c.Version, new TaskCompleted(Week(1), TherapyTask.Diagnosis), CorrectionReason.Other, Week(1)), CourseErrors.CorrectionAmendmentMismatch);
        AssertRejectedUnchanged(c, x => x.MarkEnteredInError(c.Version, CorrectionReason.Other, Week(0)), CourseErrors.DateOutOfOrder);
        Assert.True(c.MarkEnteredInError(c.Version, CorrectionReason.Other, Week(1)).IsSuccess);
        AssertRejectedUnchanged(c, x => x.MarkEnteredInError(c.Version - 1, CorrectionReason.Other, Week(1)), CourseErrors.CorrectionEntryInError);
        AssertRejectedUnchanged(c, x => x.MarkEnteredInError(c.Version, CorrectionReason.Other, Week(1)), CourseErrors.CorrectionEntryNotCorrectable);
    }

    [Fact]
    public void A_stored_correction_is_checked_on_replay_like_the_command()
    {
        TreatmentCourse c = NewCourse().Sessions(3);
        var forged = c.History.Append(new EntryCorrected(Week(2), 2, CorrectionKind.EnteredInError, CorrectionReason.WrongCourse, null)).ToList();
        Result<TreatmentCourse> r = TreatmentCourse.FromHistory(forged, c.Protocol);
        Assert.Equal(CourseErrors.CorrectionBreaksRecord, r.Error!.Code);
        Assert.Equal(new EventLocation(5, "entry-corrected", null), r.Error.Event);

        var mixed = c.History.Append(new EntryCorrected(Week(2), 4, CorrectionKind.EnteredInError, CorrectionReason.WrongCourse, c.History[3])).ToList();
        Assert.Equal(CourseErrors.HistoryEventInvalid, TreatmentCourse.FromHistory(mixed, c.Protocol).Error!.Code);
    }

    [Fact]
    public void A_correction_is_stored_with_its_amendment_and_prints_no_content()
    {
        TreatmentCourse c = NewCourse().Sessions(1);
        var s = (SessionRecorded)c.History[1];
        EntryCorrected e = c.Amend(2, s with { Note = PrivateNote.From("secret text") }, CorrectionReason.InformationUpdated, Week(0)).Value;
        string json = CourseEventJson.Serialize(e);
        Assert.Contains("\"$type\":\"entry-corrected\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"amended\"", json, StringComparison.Ordinal);
        Assert.Contains("\"reason\":\"information-updated\"", json, StringComparison.Ordinal);
        Assert.Contains("\"amendment\":{\"$type\":\"session-recorded\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", e.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret", c.ToSnapshot().ToString(), StringComparison.Ordinal);
        AssertReplaysAndReadsBack(c);
    }
}
