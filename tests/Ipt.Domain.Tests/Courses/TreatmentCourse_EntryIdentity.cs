using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;
using Ipt.Domain.Serialization;
using Ipt.Domain.Tests.Measures;
using static Ipt.Domain.Testing.CourseFixture;

namespace Ipt.Domain.Tests.Courses;

/// <summary>A measurement entry has an identity (decision 0026): an instrument once per clinical date, a diary week once
/// per review date, an action on a concern once per date. A repeat is refused live and, through the same check, on replay;
/// the first marked entered in error, the entry can be made again.</summary>
public class TreatmentCourse_EntryIdentity
{
    private static readonly int[] Gad = [1, 1, 1, 1, 1, 1, 1];
    private static readonly int[] GadOther = [2, 1, 1, 1, 1, 1, 1];
    private static readonly int[] Phq9Positive = [1, 1, 1, 1, 1, 1, 1, 1, 1];

    [Fact]
    public void The_same_instrument_on_the_same_clinical_date_is_refused_whatever_its_answers_or_session_tie()
    {
        TreatmentCourse c = NewCourse().Sessions(2);
        Assert.True(c.RecordMeasure("gad-7", Gad, Week(1), atLatestSession: true).IsSuccess);
        AssertRejectedUnchanged(c, x => x.RecordMeasure("gad-7", Gad, Week(1), atLatestSession: true), MeasureCourseErrors.MeasureAlreadyRecorded);
        AssertRejectedUnchanged(c, x => x.RecordMeasure("gad-7", GadOther, Week(1)), MeasureCourseErrors.MeasureAlreadyRecorded);
        AssertRejectedUnchanged(c, x => x.ExecuteOnce("another-command", y => y.RecordMeasure("gad-7", Gad, Week(1))).Map(l => l.Count), MeasureCourseErrors.MeasureAlreadyRecorded);
        Assert.Contains("2026-01-12", c.RecordMeasure("gad-7", Gad, Week(1)).Error!.Message, StringComparison.Ordinal);

        // Another instrument the same day, or the same instrument another day, is another administration.
        Assert.True(c.RecordMeasure("phq-9", [1, 1, 1, 1, 1, 1, 1, 1, 0], Week(1), atLatestSession: true).IsSuccess);
        Assert.True(c.RecordMeasure("gad-7", Gad, Week(1).AddDays(3)).IsSuccess);

        // A late entry of a date already measured is a repeat too.
        AssertRejectedUnchanged(c, x => x.RecordMeasureEnteredLate("gad-7", GadOther, Week(1), Week(1).AddDays(4), sessionNumber: 2), MeasureCourseErrors.MeasureAlreadyRecorded);
    }

    [Fact]
    public void A_measure_marked_entered_in_error_can_be_entered_again_and_an_amendment_keeps_its_place()
    {
        TreatmentCourse c = NewCourse().Sessions(2);
        Assert.True(c.RecordMeasure("gad-7", Gad, Week(1), atLatestSession: true).IsSuccess);
        Assert.True(c.Amend(c.Version, (MeasureRecorded)c.History[^1] with { Answers = [.. GadOther] }, CorrectionReason.TranscriptionError, Week(1)).IsSuccess);
        AssertRejectedUnchanged(c, x => x.RecordMeasure("gad-7", Gad, Week(1)), MeasureCourseErrors.MeasureAlreadyRecorded);
        Assert.True(c.MarkEnteredInError(4, CorrectionReason.DuplicateEntry, Week(1)).IsSuccess);
        Result<MeasureRecording> again = c.RecordMeasure("gad-7", Gad, Week(1), atLatestSession: true);
        Assert.True(again.IsSuccess, again.ToString());
        Assert.Single(c.Measures());
        Assert.True(TreatmentCourse.FromHistory(CourseHistoryJson.Deserialize(CourseHistoryJson.Serialize(c.History)).Value, c.Protocol).IsSuccess);
    }

    [Fact]
    public void A_duplicated_stored_measure_week_or_action_is_refused_on_replay_naming_the_event()
    {
        TreatmentCourse c = NewCourse().Sessions(1);
        Assert.True(c.RecordMeasure("phq-9", Phq9Positive, Week(0), atLatestSession: true).IsSuccess);
        Assert.True(c.RecordSafetyAction(1, SafetyAction.RiskAssessment, Week(0)).IsSuccess);
        Assert.True(c.RecordSocialRhythmWeek(CourseMeasuresTests.RegularWeek(), Week(0), atLatestSession: true).IsSuccess);
        Assert.True(c.RecordMeasure("gad-7", Gad, Week(0), atLatestSession: true).IsSuccess);
        var history = c.History.ToList();
        foreach ((Type type, string code) in new[]
        {
            (typeof(MeasureRecorded), MeasureCourseErrors.MeasureAlreadyRecorded),
            (typeof(SafetyActionRecorded), MeasureCourseErrors.ActionAlreadyRecorded),
            (typeof(SocialRhythmWeekRecorded), MeasureCourseErrors.WeekAlreadyRecorded),
        })
        {
            int at = history.FindLastIndex(e => e.GetType() == type);
            var duplicated = history.ToList();
            duplicated.Insert(at + 1, history[at]);
            Result<TreatmentCourse> r = TreatmentCourse.FromHistory(duplicated, c.Protocol);
            Assert.Equal((code, at + 2), (r.Error!.Code, r.Error.Event!.Position));

            // The same through the stored JSON.
            Result<System.Collections.Generic.IReadOnlyList<CourseEvent>> read = CourseHistoryJson.Deserialize(CourseHistoryJson.Serialize(duplicated));
            Assert.Equal(code, TreatmentCourse.FromHistory(read.Value, c.Protocol).Error!.Code);
        }
    }

    [Fact]
    public void The_same_diary_week_review_date_twice_is_refused_and_another_date_is_accepted()
    {
        TreatmentCourse c = NewCourse().Sessions(2);
        Assert.True(c.RecordSocialRhythmWeek(CourseMeasuresTests.RegularWeek(), Week(1), atLatestSession: true).IsSuccess);
        AssertRejectedUnchanged(c, x => x.RecordSocialRhythmWeek(CourseMeasuresTests.RegularWeek(), Week(1)), MeasureCourseErrors.WeekAlreadyRecorded);
        Assert.True(c.RecordSocialRhythmWeek(CourseMeasuresTests.RegularWeek(), Week(1).AddDays(1)).IsSuccess);
        Assert.Equal(2, c.SocialRhythmWeeks().Count);
    }

    [Fact]
    public void The_same_action_on_a_concern_the_same_day_is_refused_another_action_or_day_is_accepted()
    {
        TreatmentCourse c = NewCourse().Sessions(1);
        Assert.True(c.RecordMeasure("phq-9", Phq9Positive, Week(0), atLatestSession: true).IsSuccess);
        Assert.True(c.RecordSafetyAction(1, SafetyAction.RiskAssessment, Week(0)).IsSuccess);
        AssertRejectedUnchanged(c, x => x.RecordSafetyAction(1, SafetyAction.RiskAssessment, Week(0), PrivateNote.From("second")), MeasureCourseErrors.ActionAlreadyRecorded);
        Assert.True(c.RecordSafetyAction(1, SafetyAction.SafetyPlan, Week(0)).IsSuccess);
        Assert.True(c.RecordSafetyAction(1, SafetyAction.RiskAssessment, Week(0).AddDays(2)).IsSuccess);
        Assert.Equal(3, c.SafetyConcerns()[0].Actions.Count);
    }

    [IptProperty]
    public Property A_second_measure_is_refused_exactly_when_it_repeats_the_instrument_and_the_date(bool sameInstrument, NonNegativeInt days, bool tied)
    {
        int offset = days.Get % 3;
        TreatmentCourse c = NewCourse().Sessions(1);
        Assert.True(c.RecordMeasure("gad-7", Gad, Week(0), atLatestSession: true).IsSuccess);
        Result<MeasureRecording> second = sameInstrument
            ? c.RecordMeasure("gad-7", GadOther, Week(0).AddDays(offset), atLatestSession: tied && offset == 0)
            : c.RecordMeasure("phq-9", [0, 0, 0, 0, 0, 0, 0, 0, 0], Week(0).AddDays(offset), atLatestSession: tied && offset == 0);
        bool repeat = sameInstrument && offset == 0;
        return Prop.Label(
            second.IsFailure == repeat && (!repeat || second.Error!.Code == MeasureCourseErrors.MeasureAlreadyRecorded) && c.Measures().Count == (repeat ? 1 : 2),
            $"same instrument {sameInstrument}, offset {offset}, tied {tied}: {second}");
    }
}
