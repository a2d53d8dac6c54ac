using Ipt.Domain.Courses;
using Ipt.Domain.Phases;
using Ipt.Domain.Protocols;
using static Ipt.Domain.Testing.CourseFixture;

namespace Ipt.Domain.Tests.Courses;

public class TreatmentCourse_Continuation
{
    private static readonly ProtocolDefinition WithDecision = ProtocolDefinition.Create("ipt-decision", "Requires a continuation decision")
        .Phase(PhaseKind.Initial, SessionRange.Of(1, 1))
        .Phase(PhaseKind.Termination, SessionRange.Of(2, 2), tasks: TaskSet.Of(TherapyTask.ContinuationDecided))
        .Build().Value;

    [Fact]
    public void A_decision_completes_its_task_and_is_kept()
    {
        TreatmentCourse c = NewCourse(WithDecision).Sessions(1).Fire(CourseTrigger.BeginTerminationPhase).Sessions(1);
        Assert.Equal(Ipt.Domain.Primitives.Codes.Of(TherapyTask.ContinuationDecided), TherapyTasks.Code(c.OutstandingTasks.First()!.Value));
        Assert.True(c.DecideContinuation(ContinuationDecision.ReferOtherTreatment, Week(1)).IsSuccess);
        Assert.Equal(ContinuationDecision.ReferOtherTreatment, c.Continuation);
        Assert.True(c.Complete(Week(1)).IsSuccess);
        Assert.Equal(c.ToSnapshot(), TreatmentCourse.FromHistory(c.History, WithDecision).Value.ToSnapshot());
        AssertRejectedUnchanged(NewCourse(WithDecision), x => x.DecideContinuation(ContinuationDecision.MaintenanceIpt, Start), CourseErrors.TaskNotYetAvailable);
    }

    [Fact]
    public void A_decision_is_rejected_where_the_protocol_does_not_ask_for_it()
    {
        AssertRejectedUnchanged(CourseFixture.NewCourse(Ipt.Domain.Tests.Generators.TestProtocols.WithEngagement), c => c.DecideContinuation(ContinuationDecision.MaintenanceIpt, Start), CourseErrors.TaskNotInProtocol);
    }

    [Fact]
    public void Task_completions_report_date_phase_and_session_count()
    {
        TreatmentCourse c = InMiddlePhase();
        TaskCompletion formulation = Assert.Single(c.TaskCompletions(), t => t.Task == TherapyTask.FormulationAgreed);
        Assert.Equal((Week(2), PhaseKind.Initial, 3), (formulation.On, formulation.Phase, formulation.SessionsRecorded));
        Assert.Equal(TherapyTask.InterpersonalInventory, c.TaskCompletions()[5].Task);
        Assert.Equal(8, c.TaskCompletions().Count);
    }
}
