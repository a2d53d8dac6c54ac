using System;
using System.Collections.Generic;
using System.Linq;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Serialization;
using Ipt.Domain.Tests.Courses;

namespace Ipt.Domain.Tests.Measures;

public class CourseMeasuresTests
{
    internal static int[] Phq(int each, int item9 = 0) => [each, each, each, each, each, each, each, each, item9];

    internal static int[] Gad(int each) => [each, each, each, each, each, each, each];

    // EPDS response positions: 0 on every item scores 3 on the reverse-scored items (3, 5–10).
    internal static int[] EpdsNoSelfHarm() => [0, 0, 3, 0, 3, 3, 3, 3, 3, 3];

    internal static SrmDay[] RegularWeek()
    {
        var week = new SrmDay[7];
        for (int d = 0; d < 7; d++)
        {
            week[d] = new SrmDay(new TimeOnly(7, 0), new TimeOnly(8, 0), new TimeOnly(9, 0), new TimeOnly(18, 30), new TimeOnly(23, 0));
        }

        return week;
    }

    [Fact]
    public void Recording_a_measure_stores_the_raw_answers_and_returns_the_score()
    {
        TreatmentCourse c = CourseFixture.NewCourse().Sessions(1);
        int version = c.Version;
        MeasureRecording r = c.RecordMeasure("phq-9", Phq(2), CourseFixture.Start, atLatestSession: true).Value;

        Assert.Equal(version + 1, c.Version);
        Assert.Equal(16, r.Score.Total);
        Assert.Null(r.Concern);
        var e = Assert.IsType<MeasureRecorded>(c.History[^1]);
        Assert.Equal(Phq(2), e.Answers.ToArray());
        Assert.Equal(1, e.SessionNumber);
        Assert.Same(e, r.Event);
    }

    [Fact]
    public void Epds_stores_response_positions_not_reverse_scored_items()
    {
        TreatmentCourse c = CourseFixture.NewCourse();
        MeasureRecording r = c.RecordMeasure("epds", EpdsNoSelfHarm(), CourseFixture.Start).Value;
        Assert.Equal(0, r.Score.Total);
        Assert.Equal(EpdsNoSelfHarm(), r.Event.Answers.ToArray());
    }

    [Fact]
    public void Phq9_item9_above_zero_raises_a_safety_concern_whatever_the_total()
    {
        TreatmentCourse c = CourseFixture.NewCourse().Sessions(1);
        int version = c.Version;
        MeasureRecording r = c.RecordMeasure("phq-9", Phq(0, item9: 1), CourseFixture.Start, atLatestSession: true).Value;

        Assert.Equal(1, r.Score.Total);
        Assert.Equal(version + 2, c.Version);
        SafetyConcernRaised raised = Assert.IsType<SafetyConcernRaised>(c.History[^1]);
        Assert.Same(raised, r.Concern);
        Assert.Equal(new SafetyConcernRaised(CourseFixture.Start, 1, SafetyFlag.Phq9SelfHarmItemCode), raised);
        SafetyConcern open = Assert.Single(c.OpenSafetyConcerns());
        Assert.Equal(1, open.Number);
        Assert.Equal(9, open.Flag.ItemNumber);
        Assert.Equal(1, open.SessionNumber);
        Assert.True(open.IsOpen);
    }

    [Fact]
    public void Epds_item10_above_zero_raises_a_safety_concern()
    {
        TreatmentCourse c = CourseFixture.NewCourse();
        int[] answers = EpdsNoSelfHarm();
        answers[9] = 2; // response position 2 on reverse-scored item 10 scores 1
        MeasureRecording r = c.RecordMeasure("epds", answers, CourseFixture.Start).Value;
        Assert.Equal(SafetyFlag.EpdsSelfHarmItemCode, r.Concern!.FlagCode);
        Assert.Equal(SafetyFlag.EpdsSelfHarmItemCode, Assert.Single(c.SafetyConcerns()).Flag.Code);
    }

    [Fact]
    public void Other_instruments_never_raise_a_concern()
    {
        TreatmentCourse c = CourseFixture.NewCourse();
        Assert.Null(c.RecordMeasure("gad-7", Gad(3), CourseFixture.Start).Value.Concern);
        int[] noSuicide = HamD17.Descriptor.ItemMaxima.ToArray();
        noSuicide[HamD17.SuicideItemNumber - 1] = 0;
        Assert.Null(c.RecordMeasure("ham-d-17", noSuicide, CourseFixture.Start).Value.Concern);
        Assert.Empty(c.SafetyConcerns());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void HamD17_item_3_above_zero_raises_a_concern_like_phq9_item_9(int rating)
    {
        TreatmentCourse c = CourseFixture.NewCourse();
        int[] items = new int[17];
        items[2] = rating;
        MeasureRecording r = c.RecordMeasure("ham-d-17", items, CourseFixture.Start).Value;
        Assert.Equal(new SafetyFlag(SafetyFlag.HamD17SuicideItemCode, "ham-d-17", 3, rating), r.Score.SafetyFlag);
        Assert.Equal(SafetyFlag.HamD17SuicideItemCode, r.Concern!.FlagCode);
        Assert.Equal("safety.hamd17-item3-positive", SafetyFlag.HamD17SuicideItemCode);
        Assert.Single(c.OpenSafetyConcerns());
    }

    [Fact]
    public void A_scoring_error_names_the_item_and_changes_nothing()
    {
        TreatmentCourse c = CourseFixture.NewCourse();
        CourseFixture.AssertRejectedUnchanged(c, x => x.RecordMeasure("phq-9", [0, 0, 0, 4, 0, 0, 0, 0, 0], CourseFixture.Start), MeasureErrors.ItemOutOfRangeCode);
        DomainError e = c.RecordMeasure("phq-9", [0, 0, 0, 4, 0, 0, 0, 0, 0], CourseFixture.Start).Error!;
        Assert.Contains("item 4", e.Message, StringComparison.Ordinal);
        CourseFixture.AssertRejectedUnchanged(c, x => x.RecordMeasure("gad-7", Phq(0), CourseFixture.Start), MeasureErrors.WrongItemCountCode);
        Assert.Empty(c.Measures());
    }

    [Fact]
    public void A_missing_answer_is_named()
    {
        TreatmentCourse c = CourseFixture.NewCourse();
        int?[] answers = [1, 1, null, 1, 1, 1, 1];
        CourseFixture.AssertRejectedUnchanged(c, x => x.RecordMeasure("gad-7", answers, CourseFixture.Start), MeasureErrors.ItemMissingCode);
        Assert.Contains("item 3", c.RecordMeasure("gad-7", answers, CourseFixture.Start).Error!.Message, StringComparison.Ordinal);
        Assert.True(c.RecordMeasure("gad-7", [1, 1, 1, 1, 1, 1, 1], CourseFixture.Start).IsSuccess);
        Assert.Equal(MeasureCourseErrors.UnknownInstrument, c.RecordMeasure("bdi-ii", [null], CourseFixture.Start).Error!.Code);
    }

    [Theory]
    [InlineData("phq-9", 9)]
    [InlineData("gad-7", 7)]
    [InlineData("epds", 10)]
    [InlineData("ham-d-17", 17)]
    public void A_missing_answer_is_named_for_every_instrument(string code, int items)
    {
        TreatmentCourse c = CourseFixture.NewCourse();
        int?[] answers = new int?[items];
        Array.Fill(answers, 0);
        answers[items - 1] = null;
        Result<MeasureRecording> r = c.RecordMeasure(code, answers, CourseFixture.Start);
        Assert.Equal(MeasureErrors.ItemMissingCode, r.Error!.Code);
        Assert.Contains("item " + items, r.Error.Message, StringComparison.Ordinal);
        answers[items - 1] = 0;
        Assert.True(c.RecordMeasure(code, answers, CourseFixture.Start).IsSuccess);
    }

    [Fact]
    public void A_measure_due_notice_names_instrument_session_point_and_schedule()
    {
        TreatmentCourse c = CourseFixture.NewCourse();
        Assert.True(c.RecordSession(CourseFixture.Start, Attendance.Attended).IsSuccess);
        MeasureDue due = c.MeasuresDue()[0];
        DueNotice notice = Assert.Single(c.MeasureDueNotices(), n => n.Message.StartsWith("The " + due.InstrumentCode + " ", StringComparison.Ordinal));
        Assert.Equal(DueCodes.Measure, notice.Code);
        Assert.Equal(
            "The " + due.InstrumentCode + " is due at session " + due.SessionNumber + " (measurement point " + due.MeasurementPoint + " of schedule " + due.ScheduleId + ").",
            notice.Message);
    }

    [Theory]
    [InlineData("bdi-ii")]
    [InlineData("PHQ-9")]
    [InlineData("srm-5")]
    public void An_unknown_instrument_is_rejected(string code)
    {
        TreatmentCourse c = CourseFixture.NewCourse();
        CourseFixture.AssertRejectedUnchanged(c, x => x.RecordMeasure(code, Phq(0), CourseFixture.Start), MeasureCourseErrors.UnknownInstrument);
    }

    [Fact]
    public void Tying_to_the_latest_session_needs_an_attended_session()
    {
        TreatmentCourse c = CourseFixture.NewCourse();
        CourseFixture.AssertRejectedUnchanged(c, x => x.RecordMeasure("phq-9", Phq(0), CourseFixture.Start, atLatestSession: true), MeasureCourseErrors.NoSession);
        CourseFixture.AssertRejectedUnchanged(c, x => x.RecordSocialRhythmWeek(RegularWeek(), CourseFixture.Start, atLatestSession: true), MeasureCourseErrors.NoSession);
        c.RecordSession(CourseFixture.Start, Attendance.NoShow);
        CourseFixture.AssertRejectedUnchanged(c, x => x.RecordMeasure("phq-9", Phq(0), CourseFixture.Start, atLatestSession: true), MeasureCourseErrors.SessionNotAttended);
        CourseFixture.AssertRejectedUnchanged(c, x => x.RecordSocialRhythmWeek(RegularWeek(), CourseFixture.Start, atLatestSession: true), MeasureCourseErrors.SessionNotAttended);
    }

    [Fact]
    public void Measures_follow_the_course_date_rules_and_close_with_it()
    {
        TreatmentCourse c = CourseFixture.NewCourse().Sessions(2);
        CourseFixture.AssertRejectedUnchanged(c, x => x.RecordMeasure("phq-9", Phq(0), CourseFixture.Start), CourseErrors.DateOutOfOrder);
        CourseFixture.AssertRejectedUnchanged(c, x => x.RecordMeasure("phq-9", Phq(0), CourseFixture.Start.AddDays(-1)), CourseErrors.DateBeforeStart);
        c.Discontinue(CourseFixture.Week(2), DiscontinuationReason.Dropout);
        CourseFixture.AssertRejectedUnchanged(c, x => x.RecordMeasure("phq-9", Phq(0), CourseFixture.Week(2)), CourseErrors.Discontinued);
        CourseFixture.AssertRejectedUnchanged(c, x => x.RecordSafetyAction(1, SafetyAction.Referral, CourseFixture.Week(2)), CourseErrors.Discontinued);
    }

    [Fact]
    public void A_safety_action_closes_the_concern_and_must_name_a_raised_concern()
    {
        TreatmentCourse c = CourseFixture.NewCourse().Sessions(1);
        CourseFixture.AssertRejectedUnchanged(c, x => x.RecordSafetyAction(1, SafetyAction.RiskAssessment, CourseFixture.Start), MeasureCourseErrors.ConcernUnknown);
        c.RecordMeasure("phq-9", Phq(1, item9: 2), CourseFixture.Start, atLatestSession: true);
        CourseFixture.AssertRejectedUnchanged(c, x => x.RecordSafetyAction(2, SafetyAction.RiskAssessment, CourseFixture.Start), MeasureCourseErrors.ConcernUnknown);
        CourseFixture.AssertRejectedUnchanged(c, x => x.RecordSafetyAction(0, SafetyAction.RiskAssessment, CourseFixture.Start), MeasureCourseErrors.ConcernUnknown);

        SafetyActionRecorded a = c.RecordSafetyAction(1, SafetyAction.RiskAssessment, CourseFixture.Start, PrivateNote.From("SECRET plan")).Value;
        Assert.Equal(1, a.Concern);
        Assert.Empty(c.OpenSafetyConcerns());
        c.RecordSafetyAction(1, SafetyAction.SafetyPlan, CourseFixture.Start);
        Assert.Equal([SafetyAction.RiskAssessment, SafetyAction.SafetyPlan], c.SafetyConcerns()[0].Actions.Select(x => x.Action));
        Assert.DoesNotContain("SECRET", a.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => c.RecordSafetyAction(1, (SafetyAction)99, CourseFixture.Start));
    }

    [Fact]
    public void The_series_gives_baseline_change_response_and_remission()
    {
        TreatmentCourse c = CourseFixture.NewCourse();
        c.RecordMeasure("phq-9", [3, 3, 2, 2, 2, 2, 2, 2, 2], CourseFixture.Start); // 20
        c.RecordMeasure("phq-9", Phq(1), CourseFixture.Week(4));                   // 8
        c.RecordMeasure("phq-9", [1, 1, 1, 1, 0, 0, 0, 0, 0], CourseFixture.Week(8)); // 4

        MeasureSeries s = c.MeasureSeries("phq-9")!;
        Assert.Equal(3, s.Points.Count);
        Assert.Equal(20, s.Baseline.Score.Total);
        Assert.Equal(4, s.Latest.Score.Total);
        Assert.Equal(-16, s.Change);
        Assert.Equal(-80.0, s.PercentChange);
        Assert.True(s.Outcome!.IsResponse);
        Assert.True(s.Outcome.IsRemission);
        Assert.Equal(OutcomeCriteria.Phq9Default.Id, s.Outcome.CriteriaId);

        // Criteria given for an instrument that has a default are used instead of the default.
        var strict = new OutcomeCriteria("phq9-strict", "phq-9", 0.9, 2, "test");
        MeasureOutcome judged = c.MeasureSeries("phq-9", strict)!.Outcome!;
        Assert.Equal(("phq9-strict", false, false), (judged.CriteriaId, judged.IsResponse, judged.IsRemission));
    }

    [Fact]
    public void The_series_uses_the_given_criteria_and_has_no_default_for_gad7()
    {
        TreatmentCourse c = CourseFixture.NewCourse();
        Assert.Null(c.MeasureSeries("phq-9"));
        c.RecordMeasure("gad-7", Gad(2), CourseFixture.Start);
        c.RecordMeasure("gad-7", Gad(1), CourseFixture.Week(1));
        Assert.Null(c.MeasureSeries("phq-9"));
        MeasureSeries gad = c.MeasureSeries("gad-7")!;
        Assert.Null(gad.Outcome);
        Assert.Equal(-50.0, gad.PercentChange);

        var custom = new OutcomeCriteria("gad7-response50", "gad-7", 0.5, 4, "test");
        Assert.True(c.MeasureSeries("gad-7", custom)!.Outcome!.IsResponse);
        Assert.Throws<ArgumentException>(() => c.MeasureSeries("gad-7", OutcomeCriteria.Phq9Default));
    }

    [Fact]
    public void A_zero_baseline_has_no_percent_change()
    {
        TreatmentCourse c = CourseFixture.NewCourse();
        c.RecordMeasure("ham-d-17", new int[17], CourseFixture.Start);
        MeasureSeries s = c.MeasureSeries("ham-d-17")!;
        Assert.Null(s.PercentChange);
        Assert.False(s.Outcome!.IsResponse);
        Assert.Equal(OutcomeCriteria.HamD17Default.Id, s.Outcome.CriteriaId);
    }

    [Fact]
    public void Measures_due_follow_the_protocol_schedule()
    {
        // Standard IPT default: PHQ-9 and GAD-7 at attended sessions 1, 5, 9, 13 (IPT Institute portfolio).
        TreatmentCourse c = CourseFixture.NewCourse();
        Assert.Empty(c.MeasuresDue());
        c.Sessions(1);
        Assert.Equal(["phq-9", "gad-7"], c.MeasuresDue().Select(d => d.InstrumentCode));
        Assert.All(c.MeasuresDue(), d => Assert.Equal((1, 1, MeasurementSchedule.IptInstitutePortfolio.Id), (d.SessionNumber, d.MeasurementPoint, d.ScheduleId)));
        c.RecordMeasure("phq-9", Phq(1), c.LastActivityOn, atLatestSession: true);
        Assert.Equal(["gad-7"], c.MeasuresDue().Select(d => d.InstrumentCode));
        c.RecordMeasure("gad-7", Gad(1), c.LastActivityOn); // untied, same date as the session: counts
        Assert.Empty(c.MeasuresDue());
        c.Sessions(1);
        Assert.Empty(c.MeasuresDue());
        c.RecordSession(CourseFixture.Week(2), Attendance.NoShow);
        Assert.Empty(c.MeasuresDue());
        c.Sessions(3); // attended sessions 3, 4, 5 → point 5 is due
        MeasureDue due = c.MeasuresDue()[0];
        Assert.Equal((6, 5), (due.SessionNumber, due.MeasurementPoint));
        DueNotice notice = c.MeasureDueNotices()[0];
        Assert.Equal(DueCodes.Measure, notice.Code);
        Assert.Contains(DueCodes.Measure, DueCodes.AllCodes);
    }

    [Fact]
    public void An_untied_measure_on_another_date_does_not_cover_the_session()
    {
        // Two days after session 1, not tied to it: the schedule's point 1 still asks for the PHQ-9.
        TreatmentCourse c = CourseFixture.NewCourse().Sessions(1);
        Assert.True(c.RecordMeasure("phq-9", Phq(1), c.LastActivityOn.AddDays(2)).IsSuccess);
        Assert.Equal(["phq-9", "gad-7"], c.MeasuresDue().Select(d => d.InstrumentCode));
        Assert.Single(c.Measures());
    }

    [Fact]
    public void A_measure_entered_late_is_listed_after_the_measures_of_its_own_date()
    {
        TreatmentCourse c = CourseFixture.NewCourse().Sessions(1);
        DateOnly first = c.LastActivityOn;
        c.RecordMeasure("phq-9", Phq(1), first, atLatestSession: true);
        c.Sessions(1);
        Assert.True(c.RecordMeasureEnteredLate("gad-7", Gad(1), administeredOn: first, enteredOn: c.LastActivityOn, sessionNumber: 1).IsSuccess);
        c.RecordMeasure("phq-9", Phq(2), c.LastActivityOn, atLatestSession: true);

        Assert.Equal(
            [("phq-9", first), ("gad-7", first), ("phq-9", c.LastActivityOn)],
            c.Measures().Select(m => (m.Score.InstrumentCode, m.On)));
    }

    [Fact]
    public void The_final_session_is_due_when_the_schedule_includes_it()
    {
        ProtocolDefinition p = StandardIpt.Create(new StandardIptSettings
        {
            Id = "ipt-final",
            Measurement = MeasurementSchedule.WhoGroupIptPreGroupAndTermination,
        }).Value;
        TreatmentCourse c = CourseFixture.NewCourse(p).Sessions(1);
        Assert.Single(c.MeasuresDue());
        c.Sessions(1);
        Assert.Empty(c.MeasuresDue());
        c.InitialTasks()
            .Fire(CourseTrigger.BeginMiddlePhase).Sessions(11).Tasks(TherapyTask.EndingRaised).Fire(CourseTrigger.BeginTerminationPhase).Sessions(2);
        Assert.Empty(c.MeasuresDue());
        c.Sessions(1);
        Assert.Equal("phq-9", Assert.Single(c.MeasuresDue()).InstrumentCode);
    }

    [Fact]
    public void A_social_rhythm_week_is_scored_and_covers_the_srm_schedule()
    {
        ProtocolDefinition p = StandardIpt.Create(new StandardIptSettings { Id = "ipt-srm", Measurement = MeasurementSchedule.IpsrtWeeklySrm }).Value;
        TreatmentCourse c = CourseFixture.NewCourse(p).Sessions(1);
        Assert.Equal(SocialRhythmMetric.Code, Assert.Single(c.MeasuresDue()).InstrumentCode);
        SocialRhythmWeekRecording r = c.RecordSocialRhythmWeek(RegularWeek(), c.LastActivityOn, atLatestSession: true).Value;
        Assert.Equal(7.0, r.Score.Score);
        Assert.Empty(c.MeasuresDue());
        Assert.Equal(1, Assert.Single(c.SocialRhythmWeeks()).SessionNumber);
        CourseFixture.AssertRejectedUnchanged(c, x => x.RecordSocialRhythmWeek(new SrmDay[6], c.LastActivityOn), MeasureErrors.SrmWrongDayCountCode);
        var targets = new SrmTargetTimes(new TimeOnly(7, 0), new TimeOnly(8, 0), new TimeOnly(9, 0), new TimeOnly(18, 30), new TimeOnly(23, 0));
        Assert.Equal(7.0, c.RecordSocialRhythmWeek(RegularWeek(), c.LastActivityOn.AddDays(1), targets).Value.Score.Score);
    }

    [Fact]
    public void Replay_and_json_round_trip_keep_measures_concerns_and_actions()
    {
        TreatmentCourse c = CourseFixture.NewCourse().Sessions(1);
        c.RecordMeasure("phq-9", Phq(2, item9: 3), c.LastActivityOn, atLatestSession: true);
        c.RecordSafetyAction(1, SafetyAction.Referral, c.LastActivityOn, PrivateNote.From("note"));
        c.RecordMeasure("epds", EpdsNoSelfHarm(), c.LastActivityOn);
        c.RecordSocialRhythmWeek(RegularWeek(), c.LastActivityOn, atLatestSession: true);

        string json = CourseHistoryJson.Serialize(c.History);
        Assert.Contains("\"$type\":\"measure-recorded\"", json, StringComparison.Ordinal);
        Assert.Contains("\"$type\":\"safety-concern-raised\"", json, StringComparison.Ordinal);
        Assert.Contains("\"$type\":\"safety-action-recorded\"", json, StringComparison.Ordinal);
        Assert.Contains("\"$type\":\"social-rhythm-week-recorded\"", json, StringComparison.Ordinal);
        Assert.Contains("\"action\":\"referral\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("total", json, StringComparison.OrdinalIgnoreCase);

        IReadOnlyList<CourseEvent> back = CourseHistoryJson.Deserialize(json).Value;
        Assert.Equal(c.History, back);
        TreatmentCourse replayed = TreatmentCourse.FromHistory(back, c.Protocol).Value;
        Assert.Equal(c.ToSnapshot(), replayed.ToSnapshot());
        Assert.Equal(MeasureView.Of(c), MeasureView.Of(replayed));
    }

    [Fact]
    public void Replay_rejects_a_flagged_measure_without_its_concern_and_a_concern_without_a_flag()
    {
        TreatmentCourse c = CourseFixture.NewCourse().Sessions(1);
        c.RecordMeasure("phq-9", Phq(0, item9: 1), c.LastActivityOn);
        List<CourseEvent> history = [.. c.History];

        List<CourseEvent> missing = [.. history.Take(history.Count - 1), new SessionRecorded(CourseFixture.Week(1), 2, Attendance.Attended, SessionModality.InPerson, SessionParticipants.ClientOnly, null)];
        Assert.Equal(MeasureCourseErrors.HistoryConcernMismatch, TreatmentCourse.FromHistory(missing, c.Protocol).Error!.Code);

        List<CourseEvent> wrongNumber = [.. history.Take(history.Count - 1), new SafetyConcernRaised(CourseFixture.Start, 2, SafetyFlag.Phq9SelfHarmItemCode)];
        Assert.Equal(MeasureCourseErrors.HistoryConcernMismatch, TreatmentCourse.FromHistory(wrongNumber, c.Protocol).Error!.Code);

        List<CourseEvent> wrongFlag = [.. history.Take(history.Count - 1), new SafetyConcernRaised(CourseFixture.Start, 1, SafetyFlag.EpdsSelfHarmItemCode)];
        Assert.Equal(MeasureCourseErrors.HistoryConcernMismatch, TreatmentCourse.FromHistory(wrongFlag, c.Protocol).Error!.Code);

        List<CourseEvent> unflagged = [.. history.Take(2), new SafetyConcernRaised(CourseFixture.Start, 1, SafetyFlag.Phq9SelfHarmItemCode)];
        Assert.Equal(MeasureCourseErrors.HistoryConcernMismatch, TreatmentCourse.FromHistory(unflagged, c.Protocol).Error!.Code);
    }

    [Fact]
    public void Replay_rejects_invalid_measure_events()
    {
        TreatmentCourse c = CourseFixture.NewCourse().Sessions(2);
        CourseEvent[] start = [.. c.History];
        DateOnly on = c.LastActivityOn;
        Assert.Equal(CourseErrors.HistoryEventInvalid, Replay(start, new MeasureRecorded(on, "phq-9", [.. Phq(0)], 1)));
        Assert.Equal(CourseErrors.HistoryEventInvalid, Replay(start, new MeasureRecorded(on, "phq-9", default, null)));
        Assert.Equal(CourseErrors.HistoryEventInvalid, Replay(start, new MeasureRecorded(on, null!, [.. Phq(0)], null)));
        Assert.Equal(CourseErrors.HistoryEventInvalid, Replay(start, new SocialRhythmWeekRecorded(on, default, null, null)));
        Assert.Equal(CourseErrors.HistoryEventInvalid, Replay(start, new SafetyActionRecorded(on, 1, (SafetyAction)7, null)));
        Assert.Equal(MeasureErrors.ItemOutOfRangeCode, Replay(start, new MeasureRecorded(on, "phq-9", [.. Phq(5)], null)));
        Assert.Null(Replay(start, new MeasureRecorded(on, "phq-9", [.. Phq(1)], 2)));

        string? Replay(CourseEvent[] events, CourseEvent extra) =>
            TreatmentCourse.FromHistory([.. events, extra], c.Protocol).Error?.Code;
    }

    [Fact]
    public void Printed_measure_events_show_no_answers()
    {
        var e = new MeasureRecorded(CourseFixture.Start, "phq-9", [.. Phq(3, 3)], 4);
        Assert.Equal("MeasureRecorded phq-9 on 2026-01-05 at session 4", e.ToString());
        Assert.Equal("SocialRhythmWeekRecorded on 2026-01-05", new SocialRhythmWeekRecorded(CourseFixture.Start, [.. RegularWeek()], null, null).ToString());
        Assert.Equal(e, new MeasureRecorded(CourseFixture.Start, "phq-9", [.. Phq(3, 3)], 4));
        Assert.Equal(e.GetHashCode(), new MeasureRecorded(CourseFixture.Start, "phq-9", [.. Phq(3, 3)], 4).GetHashCode());
        Assert.NotEqual(e, new MeasureRecorded(CourseFixture.Start, "phq-9", [.. Phq(3, 2)], 4));
    }

    [Fact]
    public void Measure_course_codes_are_distinct_and_dotted()
    {
        Assert.Equal(MeasureCourseErrors.AllCodes.Count, MeasureCourseErrors.AllCodes.Distinct().Count());
        Assert.All(MeasureCourseErrors.AllCodes, code => Assert.Matches("^[a-z]+\\.[a-z-]+$", code));
        Assert.Empty(MeasureCourseErrors.AllCodes.Intersect(CourseErrors.AllCodes));
    }
}

/// <summary>A value-comparable view of a course's measurement state, for replay and round-trip checks.</summary>
internal sealed record MeasureView(string Measures, string Weeks, string Concerns)
{
    public static MeasureView Of(TreatmentCourse c) => new(
        string.Join(";", c.Measures().Select(m => m.On + "/" + m.SessionNumber + "/" + m.Score.InstrumentCode + "/" + string.Join(",", m.Score.Items) + "/" + m.Score.Total + "/" + m.Score.SafetyFlag)),
        string.Join(";", c.SocialRhythmWeeks().Select(w => w.On + "/" + w.SessionNumber + "/" + w.Score.Score)),
        string.Join(";", c.SafetyConcerns().Select(s => s.Number + "/" + s.RaisedOn + "/" + s.SessionNumber + "/" + s.Flag + "/" + string.Join(",", s.Actions.Select(a => a.On + ":" + a.Action)))));
}
