using System;
using System.Linq;
using Ipt.Domain.Courses;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Research.Rows;
using static Ipt.Domain.Testing.CourseFixture;

namespace Ipt.Domain.Integration.Tests.Research;

/// <summary>The research rows of one course, built by hand through the real commands: the primary outcome follows
/// the criteria (response at the threshold, remission at the cut-off), measurement points count attended sessions
/// only, and the course row carries the phase reached, the dropout session and the safety concerns.</summary>
public sealed class CourseRecordTests
{
    private static readonly OutcomeCriteria[] Phq = [OutcomeCriteria.Phq9Default];

    // Nine PHQ-9 answers adding up to total, item 9 (self-harm) as given.
    private static int[] Phq9(int total, int item9 = 0)
    {
        var a = new int[9];
        a[8] = item9;
        int left = total - item9;
        for (int i = 0; i < 8 && left > 0; i++)
        {
            a[i] = Math.Min(3, left);
            left -= a[i];
        }

        return a;
    }

    private static TreatmentCourse Measured(int baseline, int endpoint)
    {
        TreatmentCourse c = NewCourse().Sessions(1);
        Assert.True(c.RecordMeasure("phq-9", Phq9(baseline), c.LastActivityOn, atLatestSession: true).IsSuccess);
        c.Sessions(2);
        Assert.True(c.RecordMeasure("phq-9", Phq9(endpoint), c.LastActivityOn, atLatestSession: true).IsSuccess);
        return c;
    }

    [Theory]
    [InlineData(20, 10, true, false)] // a 50 % reduction is a response
    [InlineData(20, 11, false, false)]
    [InlineData(20, 4, true, true)] // 4 is the highest total that is a remission
    [InlineData(20, 5, true, false)]
    [InlineData(0, 0, false, true)] // no response from a zero baseline
    public void Response_and_remission_follow_the_criteria_at_their_thresholds(int baseline, int endpoint, bool response, bool remission)
    {
        CourseRow row = CourseRecord.From(Measured(baseline, endpoint), 0, "arm", 7, Phq, null, 0).Course;
        Assert.Equal(("phq-9", baseline, endpoint, endpoint - baseline), (row.Instrument, row.Baseline, row.Endpoint, row.Change));
        Assert.Equal((response, remission), (row.Response, row.Remission));
        Assert.Equal((3, 3), (row.EndpointSession, row.EndpointPoint));
    }

    [Fact]
    public void Criteria_without_a_remission_cut_off_give_no_remission()
    {
        var noCutOff = new OutcomeCriteria("phq9-response50", "phq-9", 0.5, null, "[S114]");
        CourseRow row = CourseRecord.From(Measured(20, 2), 0, "arm", 7, [noCutOff], null, 0).Course;
        Assert.Equal((true, (bool?)null), (row.Response, row.Remission));
    }

    [Fact]
    public void A_single_measure_is_no_outcome_and_the_first_criteria_with_two_measures_is_primary()
    {
        TreatmentCourse one = NewCourse().Sessions(1);
        Assert.True(one.RecordMeasure("phq-9", Phq9(12), one.LastActivityOn, atLatestSession: true).IsSuccess);
        CourseRow none = CourseRecord.From(one, 0, "arm", 7, Phq, null, 0).Course;
        Assert.Equal(((string?)null, (int?)null, (int?)null, (int?)null, (bool?)null, (bool?)null), (none.Instrument, none.Baseline, none.Endpoint, none.Change, none.Response, none.Remission));

        // GAD-7 first in the list but measured once: the PHQ-9 (measured twice) is primary, its own baseline kept.
        TreatmentCourse c = Measured(18, 6);
        Assert.True(c.RecordMeasure("gad-7", [3, 3, 3, 3, 3, 3, 3], c.LastActivityOn, atLatestSession: true).IsSuccess);
        var gad = new OutcomeCriteria("gad7-response50", "gad-7", 0.5, 4, "[S114]");
        CourseRow row = CourseRecord.From(c, 0, "arm", 7, [gad, OutcomeCriteria.Phq9Default], null, 0).Course;
        Assert.Equal(("phq-9", 18, 6), (row.Instrument, row.Baseline, row.Endpoint));
        Assert.Equal(3, CourseRecord.From(c, 0, "arm", 7, [gad, OutcomeCriteria.Phq9Default], null, 0).Measures.Count);
    }

    [Fact]
    public void Measurement_points_count_attended_sessions_only()
    {
        TreatmentCourse c = NewCourse().Sessions(1);
        Assert.True(c.RecordMeasure("phq-9", Phq9(15), Start, atLatestSession: true).IsSuccess);
        Assert.True(c.RecordSession(Week(1), Attendance.NoShow).IsSuccess);
        c.Sessions(1);
        Assert.True(c.RecordMeasure("phq-9", Phq9(9), c.LastActivityOn, atLatestSession: true).IsSuccess);
        Result<MeasureRecording> between = c.RecordMeasure("phq-9", Phq9(8), c.LastActivityOn.AddDays(2));
        Assert.Null(between.Error?.Code);

        CourseRecord r = CourseRecord.From(c, 4, "arm", 7, Phq, 85, 2);
        Assert.Equal([1, null, 2], r.Sessions.Select(s => s.MeasurementPoint));
        Assert.Equal([1, 2, 3], r.Sessions.Select(s => s.SessionNumber));
        Assert.Equal([0, 7, 14], r.Sessions.Select(s => s.Day));
        Assert.Equal([Codes.Of(Attendance.Attended), Codes.Of(Attendance.NoShow), Codes.Of(Attendance.Attended)], r.Sessions.Select(s => s.Attendance));
        Assert.Equal([1, null, 2], r.Sessions.Select(s => s.ContractSession));
        Assert.All(r.Sessions, s => Assert.Equal(("ipt", "arm", 4, Codes.Of(PhaseKind.Initial)), (s.Protocol, s.Arm, s.CourseIndex, s.Phase)));

        Assert.Equal([(int?)1, 3, null], r.Measures.Select(m => m.SessionNumber));
        Assert.Equal([1, 2, null], r.Measures.Select(m => m.MeasurementPoint));
        Assert.Equal([15, 9, 8], r.Measures.Select(m => m.Total));
        Assert.Equal([0, 14, 16], r.Measures.Select(m => m.Day));
        Assert.All(r.Measures, m => Assert.Equal(("ipt", "arm", 4, "phq-9", false), (m.Protocol, m.Arm, m.CourseIndex, m.Instrument, m.SafetyFlag)));

        CourseRow row = r.Course;
        Assert.Equal((15, 8, (int?)null, (int?)null), (row.Baseline, row.Endpoint, row.EndpointSession, row.EndpointPoint));
        Assert.Equal((3, 2, 2, 16), (row.SessionsRecorded, row.SessionsHeld, row.SessionsAttended, row.Days));
        Assert.Equal((85, 2), (row.FidelityScore, row.FidelityFindings));
        Assert.Equal(("ipt", "arm", 7L, 4), (row.Protocol, row.Arm, row.Seed, row.CourseIndex));
    }

    [Fact]
    public void The_course_row_carries_the_phase_reached_the_status_and_the_safety_concerns()
    {
        TreatmentCourse c = InMiddlePhase();
        Assert.True(c.RecordMeasure("phq-9", Phq9(14, item9: 2), c.LastActivityOn, atLatestSession: true).IsSuccess);
        CourseRecord r = CourseRecord.From(c, 0, "arm", 7, Phq, null, 0);
        Assert.Equal((Codes.Of(PhaseKind.Middle), Codes.Of(CourseStatus.Active), (string?)null, (int?)null), (r.Course.PhaseReached, r.Course.Status, r.Course.DiscontinuationReason, r.Course.DropoutSession));
        Assert.Equal(1, r.Course.SafetyConcerns);
        Assert.True(Assert.Single(r.Measures).SafetyFlag);
        Assert.Null(r.Course.FidelityScore);
        Assert.Equal(Codes.Of(PhaseKind.Initial), CourseRecord.From(NewCourse(), 0, "arm", 7, Phq, null, 0).Course.PhaseReached);
    }

    [Fact]
    public void A_dropout_s_session_is_the_number_recorded_and_another_discontinuation_has_none()
    {
        TreatmentCourse dropout = InMiddlePhase().Sessions(2);
        Assert.True(dropout.Discontinue(dropout.LastActivityOn, DiscontinuationReason.Dropout).IsSuccess);
        CourseRow d = CourseRecord.From(dropout, 0, "arm", 7, Phq, null, 0).Course;
        Assert.Equal(("discontinued", Codes.Of(DiscontinuationReason.Dropout), (int?)5), (d.Status, d.DiscontinuationReason, d.DropoutSession));

        TreatmentCourse choice = InMiddlePhase();
        Assert.True(choice.Discontinue(choice.LastActivityOn, DiscontinuationReason.ClientChoice).IsSuccess);
        CourseRow o = CourseRecord.From(choice, 0, "arm", 7, Phq, null, 0).Course;
        Assert.Equal(("discontinued", (int?)null), (o.Status, o.DropoutSession));

        TreatmentCourse done = ReadyToComplete();
        Assert.True(done.Complete(done.LastActivityOn).IsSuccess);
        Assert.Equal("completed", CourseRecord.From(done, 0, "arm", 7, Phq, null, 0).Course.Status);
    }

    [Fact]
    public void Null_is_misuse()
    {
        Assert.Throws<ArgumentNullException>(() => CourseRecord.From(null!, 0, "arm", 7, Phq, null, 0));
        Assert.Throws<ArgumentNullException>(() => CourseRecord.From(NewCourse(), 0, null!, 7, Phq, null, 0));
        Assert.Throws<ArgumentNullException>(() => CourseRecord.From(NewCourse(), 0, "arm", 7, null!, null, 0));
    }
}
