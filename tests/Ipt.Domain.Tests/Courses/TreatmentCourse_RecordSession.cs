using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Tests.Generators;
using static Ipt.Domain.Testing.CourseFixture;

namespace Ipt.Domain.Tests.Courses;

public class TreatmentCourse_RecordSession
{
    [Fact]
    public void An_attended_session_counts_toward_the_contract_and_returns_its_event()
    {
        TreatmentCourse c = NewCourse();
        SessionRecorded e = c.RecordSession(Start, Attendance.Attended, SessionModality.Remote).Value;
        Assert.Equal(1, e.Number);
        Assert.Equal(1, c.SessionsHeld);
        Assert.Equal(15, c.RemainingSessions);
        SessionRecord s = Assert.Single(c.Sessions);
        Assert.Equal((1, PhaseKind.Initial, SessionModality.Remote, (int?)1), (s.Number, s.Phase, s.Modality, s.ContractSession));
    }

    [Theory]
    [InlineData(Attendance.NoShow)]
    [InlineData(Attendance.Cancelled)]
    public void Missed_sessions_are_logged_but_do_not_count_by_default(Attendance attendance)
    {
        TreatmentCourse c = NewCourse();
        c.RecordSession(Start, attendance);
        Assert.Equal(0, c.SessionsHeld);
        Assert.Null(Assert.Single(c.Sessions).ContractSession);
    }

    [Fact]
    public void A_protocol_may_count_no_shows_toward_the_contract()
    {
        TreatmentCourse c = NewCourse(TestProtocols.WithEngagement);
        c.Fire(CourseTrigger.BeginInitialPhase, Start);
        c.RecordSession(Start, Attendance.NoShow);
        Assert.Equal(1, c.SessionsHeld);
    }

    [Fact]
    public void A_session_on_or_before_the_previous_session_is_rejected()
    {
        TreatmentCourse c = NewCourse().Sessions(2);
        AssertRejectedUnchanged(c, x => x.RecordSession(Week(1), Attendance.Attended), CourseErrors.SessionDateNotAfterPrevious);
        AssertRejectedUnchanged(c, x => x.RecordSession(Week(0), Attendance.Attended), CourseErrors.SessionDateNotAfterPrevious);
    }

    [Fact]
    public void A_session_before_the_course_started_is_rejected()
    {
        AssertRejectedUnchanged(NewCourse(), x => x.RecordSession(Start.AddDays(-1), Attendance.Attended), CourseErrors.DateBeforeStart);
    }

    [Fact]
    public void A_session_dated_before_the_last_activity_is_rejected()
    {
        TreatmentCourse c = NewCourse().Sessions(1);
        c.CompleteTask(TherapyTask.SickRoleAssigned, Week(2));
        AssertRejectedUnchanged(c, x => x.RecordSession(Week(1), Attendance.Attended), CourseErrors.DateOutOfOrder);
    }

    [Fact]
    public void A_seventeenth_session_without_an_extension_is_rejected()
    {
        TreatmentCourse c = ReadyToComplete();
        AssertRejectedUnchanged(c, x => x.RecordSession(Week(16), Attendance.Attended), CourseErrors.ContractExhausted);
    }

    [Fact]
    public void After_the_contract_is_used_up_a_missed_session_can_still_be_logged()
    {
        TreatmentCourse c = ReadyToComplete();
        Assert.True(c.RecordSession(Week(16), Attendance.Cancelled).IsSuccess);
    }

    [Theory]
    [InlineData(Attendance.NoShow)]
    [InlineData(Attendance.Cancelled)]
    public void A_missed_pre_treatment_session_is_rescheduled_not_used_up(Attendance missed)
    {
        TreatmentCourse c = NewCourse(TestProtocols.WithEngagement);
        Assert.True(c.RecordSession(Start, missed).IsSuccess);
        Assert.DoesNotContain(c.Due(), d => d.Code == DueCodes.PreTreatmentDone);
        Assert.True(c.RecordSession(Week(1), missed).IsSuccess);
        Assert.True(c.RecordSession(Week(2), Attendance.Attended).IsSuccess);
        Assert.Equal(0, c.SessionsHeld);
        Assert.Equal(DueCodes.PreTreatmentDone, Assert.Single(c.Due()).Code);
        AssertRejectedUnchanged(c, x => x.RecordSession(Week(3), Attendance.Attended), CourseErrors.PhaseSessionLimitReached);
        AssertRejectedUnchanged(c, x => x.RecordSession(Week(3), missed), CourseErrors.PhaseSessionLimitReached);
    }

    [Fact]
    public void A_pre_treatment_phase_holds_at_most_its_session_limit_and_does_not_count()
    {
        TreatmentCourse c = NewCourse(TestProtocols.WithEngagement);
        Assert.True(c.RecordSession(Start, Attendance.Attended).IsSuccess);
        Assert.Equal(0, c.SessionsHeld);
        Assert.Null(c.Sessions[0].ContractSession);
        AssertRejectedUnchanged(c, x => x.RecordSession(Week(1), Attendance.Attended), CourseErrors.PhaseSessionLimitReached);
        Assert.Equal(DueCodes.PreTreatmentDone, Assert.Single(c.Due()).Code);
    }

    [Fact]
    public void Undefined_enum_values_are_misuse()
    {
        TreatmentCourse c = NewCourse();
        Assert.Throws<System.ArgumentOutOfRangeException>(() => c.RecordSession(Start, (Attendance)9));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => c.RecordSession(Start, Attendance.Attended, (SessionModality)5));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => c.RecordSession(Start, Attendance.Attended, participants: (SessionParticipants)64));
        Assert.Equal(1, c.Version);
    }

    [Fact]
    public void Participants_are_kept_on_the_session()
    {
        TreatmentCourse c = NewCourse();
        c.RecordSession(Start, Attendance.Attended, participants: SessionParticipants.Partner | SessionParticipants.ParentOrCaregiver);
        Assert.Equal(SessionParticipants.Partner | SessionParticipants.ParentOrCaregiver, c.Sessions[0].Participants);
    }
}
