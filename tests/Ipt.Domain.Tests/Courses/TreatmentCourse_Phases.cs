using System;
using System.Linq;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Tests.Generators;
using static Ipt.Domain.Testing.CourseFixture;

namespace Ipt.Domain.Tests.Courses;

public class TreatmentCourse_Fire
{
    [Fact]
    public void The_middle_phase_is_denied_before_the_formulation_is_agreed()
    {
        TreatmentCourse c = NewCourse().Sessions(2).Tasks(TherapyTask.Diagnosis, TherapyTask.BaselineSeverity, TherapyTask.Psychoeducation, TherapyTask.SickRoleAssigned, TherapyTask.MedicationEvaluated).Inventory();
        TransitionDecision d = c.Can(CourseTrigger.BeginMiddlePhase);
        Assert.False(d.IsAllowed);
        Assert.Equal(PhaseErrors.FormulationNotAgreed, d.Error!.Code);
        Assert.IsType<RequiredTasksGuard>(d.FailedGuard);
        AssertRejectedUnchanged(c, x => x.Fire(CourseTrigger.BeginMiddlePhase, Week(2)), PhaseErrors.FormulationNotAgreed);
    }

    [Fact]
    public void The_first_missing_task_names_the_code_and_the_message_lists_all()
    {
        TransitionDecision d = NewCourse().Sessions(1).Can(CourseTrigger.BeginMiddlePhase);
        Assert.Equal(PhaseErrors.TaskMissingCode(TherapyTask.Diagnosis), d.Error!.Code);
        Assert.Contains("medication need evaluated", d.Error.Message, StringComparison.Ordinal);
        Assert.Contains("interpersonal inventory", d.Error.Message, StringComparison.Ordinal);
        Assert.Contains("treatment contract", d.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_phase_cannot_be_left_without_a_session_in_it()
    {
        TreatmentCourse c = NewCourse().InitialTasks();
        TransitionDecision d = c.Can(CourseTrigger.BeginMiddlePhase);
        Assert.Equal(PhaseErrors.NoSessionInPhase, d.Error!.Code);
        Assert.IsType<SessionHeldGuard>(d.FailedGuard);
    }

    [Fact]
    public void An_allowed_move_begins_the_phase_and_records_an_event()
    {
        TreatmentCourse c = InMiddlePhase();
        Assert.Equal(CourseState.In(PhaseKind.Middle), c.State);
        Assert.Equal(PhaseKind.Middle, Assert.IsType<PhaseBegun>(c.History[^1]).Phase);
        Assert.Equal(PhaseKind.Middle, c.Sessions(1).Sessions[^1].Phase);
    }

    [Fact]
    public void Skipping_a_phase_is_not_allowed()
    {
        AssertRejectedUnchanged(NewCourse().Sessions(1), x => x.Fire(CourseTrigger.BeginTerminationPhase, Week(0)), PhaseErrors.TriggerNotAllowed);
    }

    [Fact]
    public void Completing_from_the_middle_phase_is_not_allowed()
    {
        AssertRejectedUnchanged(InMiddlePhase(), x => x.Complete(Week(3)), PhaseErrors.TriggerNotAllowed);
    }

    [Fact]
    public void A_session_count_never_moves_a_phase()
    {
        TreatmentCourse c = InMiddlePhase().Sessions(12);
        Assert.Equal(CourseState.In(PhaseKind.Middle), c.State);
        Assert.Equal(15, c.SessionsHeld);
    }

    [Fact]
    public void Completion_needs_the_termination_tasks()
    {
        TreatmentCourse c = InTermination().Sessions(3).Tasks(TherapyTask.FeelingsAboutEnding, TherapyTask.ProgressReviewed, TherapyTask.RelapseWarningSigns);
        AssertRejectedUnchanged(c, x => x.Complete(Week(16)), "phase.independent-competence-missing");
        c.Tasks(TherapyTask.IndependentCompetence);
        AssertRejectedUnchanged(c, x => x.Complete(Week(16)), "phase.future-plan-missing");
    }

    [Fact]
    public void Completion_needs_the_protocol_minimum_of_sessions()
    {
        TreatmentCourse c = NewCourse().Sessions(1).InitialTasks()
            .Fire(CourseTrigger.BeginMiddlePhase).Sessions(1).Tasks(TherapyTask.EndingRaised)
            .Fire(CourseTrigger.BeginTerminationPhase).Sessions(1)
            .TerminationTasks();
        TransitionDecision d = c.Can(CourseTrigger.Complete);
        Assert.Equal(PhaseErrors.MinimumSessionsNotHeld, d.Error!.Code);
        Assert.IsType<MinimumSessionsGuard>(d.FailedGuard);
    }

    [Fact]
    public void A_ready_course_completes_and_then_accepts_nothing()
    {
        TreatmentCourse c = ReadyToComplete();
        Assert.True(c.Complete(Week(16)).IsSuccess);
        Assert.Equal(CourseStatus.Completed, c.Status);
        Assert.Null(c.CurrentPhase);
        AssertRejectedUnchanged(c, x => x.RecordSession(Week(17), Attendance.Attended), CourseErrors.Completed);
        AssertRejectedUnchanged(c, x => x.CompleteTask(TherapyTask.FuturePlan, Week(17)), CourseErrors.Completed);
        AssertRejectedUnchanged(c, x => x.AgreeFormulation(ClinicalSamples.Formulation(c.Protocol), Week(17)), CourseErrors.Completed);
        AssertRejectedUnchanged(c, x => x.ExtendContract(18, Week(17)), CourseErrors.Completed);
        AssertRejectedUnchanged(c, x => x.Discontinue(Week(17), DiscontinuationReason.Other), CourseErrors.Completed);
        AssertRejectedUnchanged(c, x => x.Fire(CourseTrigger.BeginMaintenancePhase, Week(17)), CourseErrors.Completed);
    }

    [Fact]
    public void Maintenance_may_follow_termination_and_its_sessions_do_not_count()
    {
        TreatmentCourse c = ReadyToComplete().Fire(CourseTrigger.BeginMaintenancePhase);
        Assert.Equal(CourseState.In(PhaseKind.Maintenance), c.State);
        Assert.True(c.RecordSession(Week(20), Attendance.Attended).IsSuccess);
        Assert.Null(c.Sessions[^1].ContractSession);
        Assert.Equal(16, c.SessionsHeld);
        AssertRejectedUnchanged(c, x => x.ExtendContract(18, Week(20)), CourseErrors.ContractClosed);
        Assert.True(c.Complete(Week(21)).IsSuccess);
    }

    [Fact]
    public void An_optional_engagement_phase_can_be_passed_without_a_session()
    {
        TreatmentCourse c = NewCourse(TestProtocols.WithEngagement);
        Assert.True(c.Can(CourseTrigger.BeginInitialPhase).IsAllowed);
    }

    [Fact]
    public void Discontinue_needs_a_reason_so_firing_it_is_misuse()
    {
        Assert.Throws<ArgumentException>(() => NewCourse().Fire(CourseTrigger.Discontinue, Start));
        Assert.Throws<ArgumentOutOfRangeException>(() => NewCourse().Fire((CourseTrigger)42, Start));
    }

    [Fact]
    public void Discontinuation_ends_the_course_with_its_reason()
    {
        TreatmentCourse c = InMiddlePhase();
        Assert.True(c.Discontinue(Week(4), DiscontinuationReason.Dropout, PrivateNote.From("moved away")).IsSuccess);
        Assert.Equal(CourseStatus.Discontinued, c.Status);
        Assert.Equal(DiscontinuationReason.Dropout, c.DiscontinuationReason);
        AssertRejectedUnchanged(c, x => x.RecordSession(Week(5), Attendance.Attended), CourseErrors.Discontinued);
        Assert.Equal(PhaseErrors.CourseDiscontinued, c.Can(CourseTrigger.Complete).Error!.Code);
    }
}

public class TreatmentCourse_ExtendContract
{
    [Fact]
    public void An_extension_within_the_hard_cap_allows_more_sessions()
    {
        TreatmentCourse c = ReadyToComplete();
        Assert.True(c.ExtendContract(18, Week(16)).IsSuccess);
        Assert.Equal(18, c.ContractedSessions);
        Assert.True(c.RecordSession(Week(16), Attendance.Attended).IsSuccess);
        Assert.Equal(17, c.Sessions[^1].ContractSession);
    }

    [Fact]
    public void An_extension_beyond_the_hard_cap_is_rejected()
    {
        AssertRejectedUnchanged(InMiddlePhase(), x => x.ExtendContract(21, Week(3)), CourseErrors.ContractExceedsHardCap);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(10)]
    public void A_change_that_does_not_increase_the_contract_is_rejected(int total)
    {
        AssertRejectedUnchanged(InMiddlePhase(), x => x.ExtendContract(total, Week(3)), CourseErrors.ContractNotAnExtension);
    }
}

public class TreatmentCourse_Due
{
    [Fact]
    public void Nothing_is_due_at_the_start()
    {
        Assert.Empty(NewCourse().Due());
    }

    [Fact]
    public void The_next_phase_is_due_when_the_planned_range_is_reached_and_the_tasks_are_done()
    {
        TreatmentCourse c = InMiddlePhase().Sessions(10);
        DueNotice ending = c.Due()[0];
        Assert.Equal(DueCodes.RaiseEnding, ending.Code);
        Assert.Equal("The ending should be raised now: 3 sessions remain.", ending.Message);
        Assert.Equal(TherapyTask.EndingRaised, ending.Task);
        DueNotice phase = c.Due()[1];
        Assert.Equal(DueCodes.BeginPhase, phase.Code);
        Assert.Equal(CourseTrigger.BeginTerminationPhase, phase.Trigger);
    }

    [Fact]
    public void A_protocol_without_a_termination_notice_never_asks_to_raise_the_ending()
    {
        ProtocolDefinition noNotice = StandardIpt.Definition.ToBuilder("ipt-no-notice", "IPT without an ending notice").TerminationNotice(0).Build().Value;
        TreatmentCourse standard = InMiddlePhase().Sessions(13);
        TreatmentCourse withoutNotice = NewCourse(noNotice).Sessions(3).InitialTasks().Fire(CourseTrigger.BeginMiddlePhase).Sessions(13);

        Assert.Equal(0, withoutNotice.RemainingSessions);
        Assert.Contains(standard.Due(), d => d.Code == DueCodes.RaiseEnding);
        Assert.DoesNotContain(withoutNotice.Due(), d => d.Code == DueCodes.RaiseEnding);
    }

    [Fact]
    public void An_overdue_ending_is_reported_with_the_remaining_sessions()
    {
        TreatmentCourse c = InMiddlePhase().Sessions(11);
        Assert.Equal("The ending is overdue: only 2 sessions remain and the protocol asks for 3.", c.Due()[0].Message);
    }

    [Fact]
    public void Outstanding_tasks_are_reported_when_a_phase_overruns()
    {
        TreatmentCourse c = NewCourse().Sessions(3);
        DueNotice d = Assert.Single(c.Due());
        Assert.Equal(DueCodes.PhaseTasksOutstanding, d.Code);
        Assert.Contains("sessions 1–3", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_used_up_contract_is_reported()
    {
        // The final session is also a measurement point of the default schedule (end compared with baseline, TERM-03).
        Assert.Equal([DueCodes.ContractComplete, DueCodes.Measure, DueCodes.Measure], ReadyToComplete().Due().Select(d => d.Code));
    }

    [Fact]
    public void Due_notices_read_as_a_clinician_would_say_them()
    {
        // The texts are shown to clinicians; pin them so a change is deliberate.
        TreatmentCourse middle = InMiddlePhase().Sessions(9);
        Assert.Empty(Course(middle));                                           // one session before the planned end of the middle phase
        middle.Sessions(1).Tasks(TherapyTask.EndingRaised);
        Assert.Equal(
            "The termination phase is due: the middle phase was planned for sessions 4–13.",
            Assert.Single(Course(middle)).Message);

        TreatmentCourse overrun = NewCourse().Sessions(3);
        Assert.Equal(
            "The initial phase was planned for sessions 1–3. " + overrun.Can(CourseTrigger.BeginMiddlePhase).Error!.Message,
            Assert.Single(Course(overrun)).Message);

        Assert.Equal(
            "All 16 contracted sessions are held: complete the course, extend the contract or begin maintenance.",
            Assert.Single(Course(ReadyToComplete())).Message);

        TreatmentCourse unfinished = InTermination().Sessions(3);
        DueNotice contract = Assert.Single(Course(unfinished));
        Assert.Equal(DueCodes.ContractComplete, contract.Code);
        Assert.StartsWith("All 16 contracted sessions are held: complete the course, extend the contract or begin maintenance. ", contract.Message, StringComparison.Ordinal);
        Assert.Equal(unfinished.Can(CourseTrigger.Complete).Error!.Message, contract.Message[contract.Message.IndexOf(". ", StringComparison.Ordinal)..][2..]);

        TreatmentCourse lastOne = InMiddlePhase().Sessions(12);
        Assert.Equal("The ending is overdue: only 1 session remains and the protocol asks for 3.", Course(lastOne)[0].Message);
    }

    [Fact]
    public void The_contract_notice_waits_for_the_last_contracted_session()
    {
        TreatmentCourse c = InTermination().Sessions(2).TerminationTasks();
        Assert.Empty(Course(c));
    }

    [Fact]
    public void A_pre_treatment_notice_names_both_phases()
    {
        TreatmentCourse c = NewCourse(TestProtocols.WithEngagement);
        Assert.True(c.RecordSession(Start, Attendance.Attended).IsSuccess);
        DueNotice d = Assert.Single(Course(c));
        Assert.Equal(CourseTrigger.BeginInitialPhase, d.Trigger);
        Assert.Matches("^The .+ is held: begin the initial phase\\.$", d.Message);
    }

    // The course's own notices, without the measurement schedule's.
    private static DueNotice[] Course(TreatmentCourse c) => [.. System.Linq.Enumerable.Where(c.Due(), d => d.Code != DueCodes.Measure)];

    [Fact]
    public void A_closed_course_has_nothing_due()
    {
        TreatmentCourse c = ReadyToComplete();
        c.Complete(Week(16));
        Assert.Empty(c.Due());
    }
}
