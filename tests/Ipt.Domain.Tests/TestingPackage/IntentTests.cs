using System;
using System.Linq;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;
using Ipt.Domain.Testing;
using static Ipt.Domain.Testing.CourseFixture;

namespace Ipt.Domain.Tests.TestingPackage;

/// <summary>What each intent of the testing package does to a course: the generated courses are only as varied as
/// these steps, so each is checked for the command it runs and the date it moves on.</summary>
public class IntentTests
{
    // Through the base type, whose result names its parts (the overrides' tuples are unnamed).
    private static (bool Accepted, DomainError? Error) Run(Intent intent, TreatmentCourse course, ref DateOnly today) => intent.Run(course, ref today);

    // A course whose initial tasks before the inventory are done.
    private static TreatmentCourse BeforeInventory() =>
        NewCourse().Sessions(1).Tasks(TherapyTask.Diagnosis, TherapyTask.BaselineSeverity, TherapyTask.Psychoeducation, TherapyTask.SickRoleAssigned, TherapyTask.MedicationEvaluated);

    [Theory]
    [InlineData(0, Attendance.Attended)]
    [InlineData(7, Attendance.Attended)]
    [InlineData(8, Attendance.NoShow)]
    [InlineData(9, Attendance.Cancelled)]
    public void A_session_moves_today_on_by_its_gap_with_the_rolled_attendance(int roll, Attendance expected)
    {
        TreatmentCourse c = NewCourse();
        DateOnly today = Start;
        (bool ok, DomainError? error) = Run(new Intent.Session(3, roll, false, null), c, ref today);
        Assert.True(ok);
        Assert.Null(error);
        Assert.Equal(Start.AddDays(3), today);
        SessionRecord s = Assert.Single(c.Sessions);
        Assert.Equal((today, expected, SessionModality.InPerson), (s.Date, s.Attendance, s.Modality));
        Assert.Null(s.Note);
    }

    [Fact]
    public void A_remote_session_with_a_note_keeps_both_and_a_blank_note_is_none()
    {
        TreatmentCourse c = NewCourse();
        DateOnly today = Start;
        Assert.True(Run(new Intent.Session(1, 0, true, "SECRET-x"), c, ref today).Accepted);
        Assert.True(Run(new Intent.Session(1, 0, false, "   "), c, ref today).Accepted);
        Assert.Equal(SessionModality.Remote, c.Sessions[0].Modality);
        Assert.NotNull(c.Sessions[0].Note);
        Assert.Null(c.Sessions[1].Note);
    }

    [Fact]
    public void A_same_day_session_is_refused_and_today_stays()
    {
        TreatmentCourse c = NewCourse().Sessions(1);
        DateOnly today = c.LastActivityOn;
        (bool ok, DomainError? error) = Run(new Intent.Session(0, 0, false, null), c, ref today);
        Assert.False(ok);
        Assert.Equal(CourseErrors.SessionDateNotAfterPrevious, error!.Code);
        Assert.Equal(c.LastActivityOn, today);
    }

    [Fact]
    public void A_backdated_session_is_refused_and_does_not_move_today()
    {
        TreatmentCourse c = NewCourse().Sessions(2);
        DateOnly today = c.LastActivityOn;
        (bool ok, DomainError? error) = Run(new Intent.BackdatedSession(1), c, ref today);
        Assert.False(ok);
        Assert.NotNull(error);
        Assert.Equal(c.LastActivityOn, today);
        Assert.Equal(2, c.Sessions.Count);
    }

    [Fact]
    public void Completing_an_outstanding_task_takes_the_first_the_phase_allows_with_detail_and_the_label()
    {
        TreatmentCourse c = BeforeInventory();
        DateOnly today = c.LastActivityOn;
        TherapyTask next = c.Protocol.AllRequiredTasks.Except(c.CompletedTasks).ToList().First(t => c.Protocol.EarliestPhaseIndex(t) == 0);
        Assert.Equal(TherapyTask.InterpersonalInventory, next);
        Assert.True(Run(new Intent.CompleteOutstandingTask("mother"), c, ref today).Accepted);
        Assert.Equal("mother", c.Inventory!.People[0].Label.Text);

        Assert.True(Run(new Intent.CompleteOutstandingTask(null), c, ref today).Accepted);
        Assert.NotNull(c.Formulation);
        Assert.True(Run(new Intent.CompleteOutstandingTask(null), c, ref today).Accepted);
        Assert.Contains(TherapyTask.TreatmentContract, c.CompletedTasks.ToList());
    }

    [Fact]
    public void Completing_an_outstanding_task_with_the_label_absent_names_the_partner()
    {
        TreatmentCourse c = BeforeInventory();
        DateOnly today = c.LastActivityOn;
        Assert.True(Run(new Intent.CompleteOutstandingTask(null), c, ref today).Accepted);
        Assert.Equal("partner", c.Inventory!.People[0].Label.Text);
    }

    [Fact]
    public void Completing_an_outstanding_task_decides_continuation_in_termination()
    {
        TreatmentCourse c = InTermination().Sessions(1).Tasks(TherapyTask.FeelingsAboutEnding, TherapyTask.ProgressReviewed, TherapyTask.IndependentCompetence, TherapyTask.RelapseWarningSigns, TherapyTask.FuturePlan);
        DateOnly today = c.LastActivityOn;
        Assert.True(Run(new Intent.CompleteOutstandingTask(null), c, ref today).Accepted);
        Assert.Contains(TherapyTask.ContinuationDecided, c.CompletedTasks.ToList());
    }

    [Fact]
    public void With_nothing_outstanding_it_tries_the_diagnosis_again_and_is_refused()
    {
        TreatmentCourse c = ReadyToComplete();
        DateOnly today = c.LastActivityOn;
        (bool ok, DomainError? error) = Run(new Intent.CompleteOutstandingTask(null), c, ref today);
        Assert.False(ok);
        Assert.Equal(CourseErrors.TaskAlreadyCompleted, error!.Code);
    }

    [Fact]
    public void Completing_any_task_runs_exactly_that_task()
    {
        TreatmentCourse c = NewCourse();
        DateOnly today = Start;
        Assert.True(Run(new Intent.CompleteAnyTask(TherapyTask.Psychoeducation), c, ref today).Accepted);
        Assert.Equal([TherapyTask.Psychoeducation], c.CompletedTasks.ToList());
        Assert.Equal(CourseErrors.TaskNotYetAvailable, Run(new Intent.CompleteAnyTask(TherapyTask.FuturePlan), c, ref today).Error!.Code);
    }

    [Fact]
    public void Advancing_begins_the_next_phase_and_from_the_last_counted_phase_completes()
    {
        TreatmentCourse c = NewCourse().Sessions(3).InitialTasks();
        DateOnly today = c.LastActivityOn;
        Assert.True(Run(new Intent.Advance(false), c, ref today).Accepted);
        Assert.Equal(PhaseKind.Middle, c.CurrentPhase!.Kind);

        TreatmentCourse ready = ReadyToComplete();
        today = ready.LastActivityOn;
        Assert.True(Run(new Intent.Advance(false), ready, ref today).Accepted);
        Assert.Equal(CourseStatus.Completed, ready.Status);
    }

    [Fact]
    public void Advancing_into_an_optional_phase_begins_it_instead_of_completing()
    {
        TreatmentCourse into = ReadyToComplete();
        DateOnly today = into.LastActivityOn;
        Assert.Equal(PhaseKind.Maintenance, into.Protocol.Phases[into.Protocol.Machine.LastCountedPhaseIndex + 1].Kind);
        Assert.True(Run(new Intent.Advance(true), into, ref today).Accepted);
        Assert.Equal((CourseStatus.Active, PhaseKind.Maintenance), (into.Status, into.CurrentPhase!.Kind));

        // From the optional phase, the last, advancing completes whatever the flag.
        Assert.True(Run(new Intent.Advance(true), into, ref today).Accepted);
        Assert.Equal(CourseStatus.Completed, into.Status);
        Assert.False(Run(new Intent.Advance(true), into, ref today).Accepted);
    }

    [Fact]
    public void Firing_discontinue_discontinues_for_another_reason_and_other_triggers_fire_as_given()
    {
        TreatmentCourse c = InMiddlePhase();
        DateOnly today = c.LastActivityOn;
        Assert.False(Run(new Intent.FireAny(CourseTrigger.Complete), c, ref today).Accepted);
        Assert.Equal(CourseStatus.Active, c.Status);
        Assert.True(Run(new Intent.FireAny(CourseTrigger.Discontinue), c, ref today).Accepted);
        Assert.Equal((CourseStatus.Discontinued, DiscontinuationReason.Other), (c.Status, c.DiscontinuationReason));
    }

    [Fact]
    public void Extending_changes_the_contract_by_the_delta()
    {
        TreatmentCourse c = InMiddlePhase();
        DateOnly today = c.LastActivityOn;
        Assert.True(Run(new Intent.Extend(2), c, ref today).Accepted);
        Assert.Equal(18, c.ContractedSessions);
        Assert.Equal(CourseErrors.ContractNotAnExtension, Run(new Intent.Extend(0), c, ref today).Error!.Code);
        Assert.Equal(18, c.ContractedSessions);
    }

    [Fact]
    public void Proposing_a_formulation_agrees_its_areas_with_a_role_dispute_s_other_party()
    {
        TreatmentCourse c = NewCourse().Sessions(1).Inventory();
        DateOnly today = c.LastActivityOn;
        var intent = new Intent.ProposeFormulation([ProblemArea.RoleDispute]);
        Assert.True(Run(intent, c, ref today).Accepted);
        FormulationFocus f = Assert.Single(c.Formulation!.Foci);
        RoleDisputeFocus d = Assert.IsType<RoleDisputeFocus>(f.Detail);
        Assert.Equal((DisputeStage.Impasse, PersonId.From(1)), (d.Stage, d.OtherPartyPerson));
        Assert.Equal("ProposeFormulation [RoleDispute]", intent.ToString());
        Assert.Equal("ProposeFormulation [Grief, RoleTransition]", new Intent.ProposeFormulation([ProblemArea.Grief, ProblemArea.RoleTransition]).ToString());
    }

    [Fact]
    public void Proposing_a_formulation_of_another_area_uses_the_sample_detail()
    {
        TreatmentCourse c = NewCourse().Sessions(1).Inventory();
        DateOnly today = c.LastActivityOn;
        Assert.True(Run(new Intent.ProposeFormulation([ProblemArea.RoleTransition]), c, ref today).Accepted);
        Assert.Equal(ClinicalSamples.Detail(ProblemArea.RoleTransition, ClinicalSamples.DetailOnset), Assert.Single(c.Formulation!.Foci).Detail);
    }

    [Fact]
    public void Moving_the_dispute_runs_the_stage_command()
    {
        TreatmentCourse c = NewCourse().Sessions(1).Inventory();
        DateOnly today = c.LastActivityOn;
        Assert.True(Run(new Intent.ProposeFormulation([ProblemArea.RoleDispute]), c, ref today).Accepted);
        Assert.Equal((true, null), Run(new Intent.MoveDispute(DisputeStage.Renegotiation), c, ref today));
        Assert.Equal(DisputeStage.Renegotiation, c.DisputeStage);
        DateOnly other = Start;
        Assert.False(Run(new Intent.MoveDispute(DisputeStage.Impasse), NewCourse(), ref other).Accepted);
    }

    [Fact]
    public void Work_falls_on_the_first_focus_unless_an_area_is_given_and_wraps_the_goal_index()
    {
        TreatmentCourse c = InMiddlePhase();
        DateOnly today = c.LastActivityOn;
        ProblemArea focus = c.Formulation!.Foci[0].Area;
        var goals = ProblemAreaStrategies.For(focus).Goals;
        int before = c.History.Count;
        Assert.True(Run(new Intent.Work(null, "communication-analysis", goals.Count, GoalProgress.Partial), c, ref today).Accepted);
        var work = Assert.IsType<Ipt.Domain.Courses.Events.SessionWorkRecorded>(c.History[before]);
        Assert.Equal(focus, work.Focus);
        Assert.Equal(goals[0].Code, Assert.Single(work.Goals).GoalCode);
        Assert.False(Run(new Intent.Work(ProblemArea.Grief == focus ? ProblemArea.RoleTransition : ProblemArea.Grief, "communication-analysis", 0, GoalProgress.Partial), c, ref today).Accepted);
    }

    [Fact]
    public void Work_without_a_formulation_is_on_a_role_dispute_and_refused()
    {
        TreatmentCourse c = NewCourse().Sessions(1);
        DateOnly today = c.LastActivityOn;
        (bool ok, DomainError? error) = Run(new Intent.Work(null, "communication-analysis", 0, GoalProgress.Partial), c, ref today);
        Assert.False(ok);
        Assert.NotNull(error);
    }

    [Fact]
    public void Discontinuing_keeps_the_reason_and_a_note_and_a_blank_note_is_none()
    {
        TreatmentCourse c = InMiddlePhase();
        DateOnly today = c.LastActivityOn;
        Assert.True(Run(new Intent.Discontinue(DiscontinuationReason.Dropout, "SECRET-n"), c, ref today).Accepted);
        var e = Assert.IsType<Ipt.Domain.Courses.Events.CourseDiscontinued>(c.History[^1]);
        Assert.Equal(DiscontinuationReason.Dropout, e.Reason);
        Assert.NotNull(e.Note);

        TreatmentCourse d = InMiddlePhase();
        Assert.True(Run(new Intent.Discontinue(DiscontinuationReason.ClientChoice, " "), d, ref today).Accepted);
        Assert.Null(Assert.IsType<Ipt.Domain.Courses.Events.CourseDiscontinued>(d.History[^1]).Note);
    }
}
