using System;
using System.Linq;
using System.Text.Json.Nodes;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;
using Ipt.Domain.Serialization;
using static Ipt.Domain.Testing.CourseFixture;

namespace Ipt.Domain.Tests.Courses;

/// <summary>Late entry: a measure or a safety action carries the date it happened and the later date it was entered.</summary>
public class TreatmentCourse_LateEntry
{
    private static readonly int[] Phq9At1 = [3, 3, 3, 2, 2, 2, 2, 2, 0];

    [Fact]
    public void A_measure_given_at_session_1_is_accepted_after_session_3_and_is_the_baseline()
    {
        TreatmentCourse c = NewCourse().Sessions(3);
        Assert.True(c.RecordMeasure("phq-9", [1, 1, 1, 1, 1, 1, 1, 1, 0], Week(2), atLatestSession: true).IsSuccess);
        AssertRejectedUnchanged(c, x => x.RecordMeasure("phq-9", Phq9At1, Week(0)), CourseErrors.DateOutOfOrder);

        Result<MeasureRecording> late = c.RecordMeasureEnteredLate("phq-9", Phq9At1, Week(0), Week(2), sessionNumber: 1);
        Assert.True(late.IsSuccess, late.ToString());
        Assert.Equal((Week(0), (DateOnly?)Week(2), Week(2)), (late.Value.Event.OccurredOn, late.Value.Event.EnteredOn, late.Value.Event.EntryDate));
        Assert.Equal([Week(0), Week(2)], c.Measures().Select(m => m.On));
        MeasureSeries series = c.MeasureSeries("phq-9")!;
        Assert.Equal((19, 8), (series.Baseline.Score.Total, series.Latest.Score.Total));
        Assert.Equal(Week(2), c.LastActivityOn);

        Result<TreatmentCourse> replayed = TreatmentCourse.FromHistory(CourseHistoryJson.Deserialize(CourseHistoryJson.Serialize(c.History)).Value, c.Protocol);
        Assert.Null(c.ToSnapshot().FirstDifference(replayed.Value.ToSnapshot()));

        // The entry date is part of the record: the same measure entered a week later is another record.
        TreatmentCourse later = NewCourse().Sessions(3);
        Assert.True(later.RecordMeasure("phq-9", [1, 1, 1, 1, 1, 1, 1, 1, 0], Week(2), atLatestSession: true).IsSuccess);
        Assert.True(later.RecordMeasureEnteredLate("phq-9", Phq9At1, Week(0), Week(3), sessionNumber: 1).IsSuccess);
        Assert.NotEqual(c.ToSnapshot() with { LastActivityOn = later.LastActivityOn }, later.ToSnapshot());
    }

    [Fact]
    public void An_srm_week_reviewed_at_session_1_is_accepted_after_session_3_listed_by_review_date_and_read_back()
    {
        TreatmentCourse c = NewCourse().Sessions(3);
        Assert.True(c.RecordSocialRhythmWeek(Measures.CourseMeasuresTests.RegularWeek(), Week(2), atLatestSession: true).IsSuccess);
        AssertRejectedUnchanged(c, x => x.RecordSocialRhythmWeek(Measures.CourseMeasuresTests.RegularWeek(), Week(0)), CourseErrors.DateOutOfOrder);

        Result<SocialRhythmWeekRecording> late = c.RecordSocialRhythmWeekEnteredLate(Measures.CourseMeasuresTests.RegularWeek(), Week(0), Week(2), sessionNumber: 1);
        Assert.True(late.IsSuccess, late.ToString());
        Assert.Equal((Week(0), (DateOnly?)Week(2), 1), (late.Value.Event.OccurredOn, late.Value.Event.EnteredOn, late.Value.Event.SessionNumber));
        Assert.Equal([Week(0), Week(2)], c.SocialRhythmWeeks().Select(w => w.On));
        Assert.Equal([1, 3], c.SocialRhythmWeeks().Select(w => w.SessionNumber!.Value));
        Assert.Equal(Week(2), c.LastActivityOn);

        string json = CourseHistoryJson.Serialize(c.History);
        Assert.Equal("2026-01-19", (string)JsonNode.Parse(json)!["events"]![c.Version - 1]!["enteredOn"]!);
        Result<TreatmentCourse> replayed = TreatmentCourse.FromHistory(CourseHistoryJson.Deserialize(json).Value, c.Protocol);
        Assert.True(replayed.IsSuccess, replayed.ToString());
        Assert.Null(c.ToSnapshot().FirstDifference(replayed.Value.ToSnapshot()));

        // As for measures: dated after the start, before its entry, on its session's date; and once per review date.
        AssertRejectedUnchanged(c, x => x.RecordSocialRhythmWeekEnteredLate(Measures.CourseMeasuresTests.RegularWeek(), Week(1).AddDays(1), Week(2), sessionNumber: 2), CourseErrors.LateEntryMisdated);
        AssertRejectedUnchanged(c, x => x.RecordSocialRhythmWeekEnteredLate(Measures.CourseMeasuresTests.RegularWeek(), Week(2), Week(2)), CourseErrors.LateEntryMisdated);
        AssertRejectedUnchanged(c, x => x.RecordSocialRhythmWeekEnteredLate(Measures.CourseMeasuresTests.RegularWeek(), Week(-1), Week(2)), CourseErrors.DateBeforeStart);
        AssertRejectedUnchanged(c, x => x.RecordSocialRhythmWeekEnteredLate(Measures.CourseMeasuresTests.RegularWeek(), Week(1), Week(1)), CourseErrors.LateEntryMisdated);
        AssertRejectedUnchanged(c, x => x.RecordSocialRhythmWeekEnteredLate(Measures.CourseMeasuresTests.RegularWeek(), Week(0), Week(3)), MeasureCourseErrors.WeekAlreadyRecorded);
        Assert.True(c.RecordSocialRhythmWeekEnteredLate(Measures.CourseMeasuresTests.RegularWeek(), Week(1), Week(2), sessionNumber: 2).IsSuccess);
        Assert.Equal([1, 2, 3], c.SocialRhythmWeeks().Select(w => w.SessionNumber!.Value));
    }

    [Fact]
    public void A_late_entry_is_dated_after_the_start_before_its_entry_and_on_its_session_date()
    {
        TreatmentCourse c = NewCourse().Sessions(3);
        AssertRejectedUnchanged(c, x => x.RecordMeasureEnteredLate("phq-9", Phq9At1, Week(2), Week(2)), CourseErrors.LateEntryMisdated);
        AssertRejectedUnchanged(c, x => x.RecordMeasureEnteredLate("phq-9", Phq9At1, Week(2), Week(1)), CourseErrors.LateEntryMisdated);
        AssertRejectedUnchanged(c, x => x.RecordMeasureEnteredLate("phq-9", Phq9At1, Start.AddDays(-1), Week(2)), CourseErrors.DateBeforeStart);
        AssertRejectedUnchanged(c, x => x.RecordMeasureEnteredLate("phq-9", Phq9At1, Week(0), Week(1)), CourseErrors.DateOutOfOrder);
        AssertRejectedUnchanged(c, x => x.RecordMeasureEnteredLate("phq-9", Phq9At1, Week(1), Week(3), sessionNumber: 1), CourseErrors.LateEntryMisdated);
        AssertRejectedUnchanged(c, x => x.RecordMeasureEnteredLate("phq-9", Phq9At1, Week(0), Week(3), sessionNumber: 4), CourseErrors.HistoryEventInvalid);
        Assert.True(c.RecordMeasureEnteredLate("phq-9", Phq9At1, Week(1), Week(3)).IsSuccess);

        TreatmentCourse missed = NewCourse();
        Assert.True(missed.RecordSession(Week(0), Attendance.NoShow).IsSuccess);
        Assert.True(missed.RecordSession(Week(1), Attendance.Attended).IsSuccess);
        AssertRejectedUnchanged(missed, x => x.RecordMeasureEnteredLate("phq-9", Phq9At1, Week(0), Week(1), sessionNumber: 1), MeasureCourseErrors.SessionNotAttended);
    }

    [Fact]
    public void A_late_positive_safety_item_raises_its_concern_entered_the_same_day_and_a_late_action_follows_the_concern()
    {
        TreatmentCourse c = NewCourse().Sessions(3);
        Result<MeasureRecording> r = c.RecordMeasureEnteredLate("phq-9", [1, 1, 1, 1, 1, 1, 1, 1, 2], Week(0), Week(2), sessionNumber: 1);
        Assert.Equal((Week(0), (DateOnly?)Week(2)), (r.Value.Concern!.OccurredOn, r.Value.Concern.EnteredOn));
        AssertRejectedUnchanged(c, x => x.RecordSafetyActionEnteredLate(1, SafetyAction.RiskAssessment, Start.AddDays(-1), Week(2)), CourseErrors.DateBeforeStart);
        Assert.True(c.RecordSafetyActionEnteredLate(1, SafetyAction.RiskAssessment, Week(0), Week(2)).IsSuccess);
        Assert.Empty(c.OpenSafetyConcerns());
        Assert.Equal(Week(0), c.SafetyConcerns()[0].Actions[0].On);
        Result<TreatmentCourse> replayed = TreatmentCourse.FromHistory(CourseHistoryJson.Deserialize(CourseHistoryJson.Serialize(c.History)).Value, c.Protocol);
        Assert.Null(c.ToSnapshot().FirstDifference(replayed.Value.ToSnapshot()));

        // A stored concern must carry its measure's entry date.
        var forged = c.History.Take(6).ToList();
        forged[5] = forged[5] with { EnteredOn = null };
        Assert.Equal(MeasureCourseErrors.HistoryConcernMismatch, TreatmentCourse.FromHistory(forged, c.Protocol).Error!.Code);
    }

    [Fact]
    public void EnteredOn_is_stored_only_when_later_and_only_on_the_events_that_can_be_entered_late()
    {
        TreatmentCourse c = NewCourse().Sessions(2);
        Assert.True(c.RecordMeasure("gad-7", [1, 1, 1, 1, 1, 1, 1], Week(1)).IsSuccess);
        Assert.True(c.RecordMeasureEnteredLate("gad-7", [2, 1, 1, 1, 1, 1, 1], Week(0), Week(1)).IsSuccess);
        JsonNode doc = JsonNode.Parse(CourseHistoryJson.Serialize(c.History))!;
        Assert.Null(doc["events"]![3]!["enteredOn"]);
        Assert.Equal("2026-01-12", (string)doc["events"]![4]!["enteredOn"]!);

        JsonNode same = doc.DeepClone();
        same["events"]![4]!["enteredOn"] = "2026-01-05";
        Result<System.Collections.Generic.IReadOnlyList<CourseEvent>> read = CourseHistoryJson.Deserialize(same.ToJsonString());
        Assert.Equal(new EventLocation(5, "measure-recorded", "enteredOn"), read.Error!.Event);

        JsonNode onSession = doc.DeepClone();
        onSession["events"]![1]!["enteredOn"] = "2026-02-01";
        Assert.Equal(new EventLocation(2, "session-recorded", "enteredOn"), CourseHistoryJson.Deserialize(onSession.ToJsonString()).Error!.Event);

        JsonNode v1 = doc.DeepClone();
        v1["schemaVersion"] = 1;
        Assert.Equal(new EventLocation(5, "measure-recorded", "enteredOn"), CourseHistoryJson.Deserialize(v1.ToJsonString()).Error!.Event);

        // An amended late entry keeps its entry date and reads back.
        var late = (MeasureRecorded)c.History[4];
        Assert.True(c.Amend(5, late with { Answers = [3, 1, 1, 1, 1, 1, 1] }, CorrectionReason.TranscriptionError, Week(1)).IsSuccess);
        Result<TreatmentCourse> back = TreatmentCourse.FromHistory(CourseHistoryJson.Deserialize(CourseHistoryJson.Serialize(c.History)).Value, c.Protocol);
        Assert.True(back.IsSuccess, back.ToString());
        Assert.Null(c.ToSnapshot().FirstDifference(back.Value.ToSnapshot()));
        Assert.Equal(new[] { 9, 7 }, c.Measures().Select(m => m.Score.Total));

        var forged = c.History.ToList();
        forged[1] = forged[1] with { EnteredOn = Week(3) };
        Assert.Equal(CourseErrors.HistoryEventInvalid, TreatmentCourse.FromHistory(forged, c.Protocol).Error!.Code);
    }
}
