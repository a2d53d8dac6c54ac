using Ipt.Domain.Courses;
using Ipt.Domain.Phases;
using static Ipt.Domain.Testing.CourseFixture;

namespace Ipt.Domain.Tests.Courses;

public class TreatmentCourse_CompleteTask
{
    [Fact]
    public void A_required_task_is_recorded_once()
    {
        TreatmentCourse c = NewCourse().Sessions(1);
        Assert.True(c.CompleteTask(TherapyTask.SickRoleAssigned, Week(0)).IsSuccess);
        Assert.True(c.CompletedTasks.Contains(TherapyTask.SickRoleAssigned));
        AssertRejectedUnchanged(c, x => x.CompleteTask(TherapyTask.SickRoleAssigned, Week(0)), CourseErrors.TaskAlreadyCompleted);
    }

    [Fact]
    public void A_task_the_protocol_does_not_require_is_rejected()
    {
        // Standard IPT now requires every task (INIT-01…TERM-07); DIT does not assign the sick role.
        AssertRejectedUnchanged(NewCourse(Ipt.Domain.Adaptations.DynamicInterpersonalTherapy.Definition), x => x.CompleteTask(TherapyTask.SickRoleAssigned, Start), CourseErrors.TaskNotInProtocol);
    }

    [Fact]
    public void A_termination_task_is_not_available_in_the_initial_phase()
    {
        AssertRejectedUnchanged(NewCourse(), x => x.CompleteTask(TherapyTask.ProgressReviewed, Start), CourseErrors.TaskNotYetAvailable);
    }

    [Fact]
    public void The_ending_may_be_raised_in_the_middle_phase_but_not_before()
    {
        AssertRejectedUnchanged(NewCourse(), x => x.CompleteTask(TherapyTask.EndingRaised, Start), CourseErrors.TaskNotYetAvailable);
        Assert.True(InMiddlePhase().CompleteTask(TherapyTask.EndingRaised, Week(3)).IsSuccess);
    }

    [Fact]
    public void Outstanding_tasks_list_what_the_current_phase_still_needs()
    {
        TreatmentCourse c = NewCourse().Sessions(1).Tasks(TherapyTask.SickRoleAssigned, TherapyTask.BaselineSeverity, TherapyTask.Psychoeducation);
        Assert.Equal(TaskSet.Of(TherapyTask.Diagnosis, TherapyTask.MedicationEvaluated, TherapyTask.InterpersonalInventory, TherapyTask.FormulationAgreed, TherapyTask.TreatmentContract), c.OutstandingTasks);
    }

    [Theory]
    [InlineData(TherapyTask.InterpersonalInventory)]
    [InlineData(TherapyTask.FormulationAgreed)]
    public void Tasks_that_carry_detail_are_completed_by_their_own_commands(TherapyTask task)
    {
        AssertRejectedUnchanged(NewCourse().Sessions(1), x => x.CompleteTask(task, Week(0)), CourseErrors.TaskRequiresDetail);
    }

    [Fact]
    public void An_undefined_task_is_misuse()
    {
        Assert.Throws<System.ArgumentOutOfRangeException>(() => NewCourse().CompleteTask((TherapyTask)99, Start));
    }
}
