using System;
using System.Linq;
using Ipt.Domain.Phases;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Tests.Phases;

public class PhaseMachineTests
{
    private static readonly PhaseMachine Machine = StandardIpt.Definition.Machine;

    [Fact]
    public void The_machine_is_built_once_and_shared()
    {
        Assert.Same(StandardIpt.Definition.Machine, CourseFixture.NewCourse().Protocol.Machine);
        Assert.Equal(6, Machine.StateCount);
    }

    [Fact]
    public void Edges_follow_the_phase_order_with_named_guards()
    {
        PhaseTransition toMiddle = Machine.Transitions.Single(t => t.Trigger == CourseTrigger.BeginMiddlePhase);
        Assert.Equal((CourseState.In(PhaseKind.Initial), CourseState.In(PhaseKind.Middle)), (toMiddle.From, toMiddle.To));
        Assert.Equal(["initial phase tasks complete", "a session held in the initial phase"], toMiddle.Guards.Select(g => g.Name));
        Assert.Equal(2, Machine.Transitions.Count(t => t.Trigger == CourseTrigger.Complete));
        Assert.Equal(4, Machine.Transitions.Count(t => t.Trigger == CourseTrigger.Discontinue));
    }

    [Fact]
    public void Can_answers_for_any_state_and_context()
    {
        var ready = new PhaseContext(StandardIpt.InitialTasks, 1, 3, 16);
        Assert.True(Machine.Can(CourseState.In(PhaseKind.Initial), CourseTrigger.BeginMiddlePhase, ready).IsAllowed);
        Assert.Equal(PhaseErrors.TriggerNotAllowed, Machine.Can(CourseState.In(PhaseKind.Initial), CourseTrigger.Complete, ready).Error!.Code);
        Assert.Equal(PhaseErrors.CourseCompleted, Machine.Can(CourseState.Completed, CourseTrigger.Discontinue, ready).Error!.Code);
        Assert.Throws<ArgumentException>(() => Machine.Can(CourseState.In(PhaseKind.Engagement), CourseTrigger.BeginInitialPhase, ready));
    }

    [Fact]
    public void A_denied_decision_names_from_and_to()
    {
        TransitionDecision d = Machine.Can(CourseState.In(PhaseKind.Termination), CourseTrigger.Complete, new PhaseContext(StandardIpt.TerminationTasks, 1, 11, 16));
        Assert.Equal(CourseState.Completed, d.To);
        Assert.Equal(PhaseErrors.MinimumSessionsNotHeld, d.Error!.Code);
        Assert.Contains("denied (phase.minimum-sessions-not-held)", d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Mermaid_export_shows_every_state_edge_and_guard()
    {
        string m = PhaseDiagrams.ToMermaid(Machine);
        Assert.StartsWith("stateDiagram-v2\n", m, StringComparison.Ordinal);
        Assert.Contains("state \"Initial phase (sessions 1–3)\" as Initial", m, StringComparison.Ordinal);
        Assert.Contains("Initial --> Middle: begin-middle-phase [initial phase tasks complete, a session held in the initial phase]", m, StringComparison.Ordinal);
        Assert.Contains("Termination --> Completed: complete [", m, StringComparison.Ordinal);
        Assert.Contains("at least 12 sessions held", m, StringComparison.Ordinal);
        Assert.Equal(Machine.Transitions.Count, m.Split('\n').Count(l => l.Contains("-->", StringComparison.Ordinal) && !l.Contains("[*]", StringComparison.Ordinal)));
    }

    [Fact]
    public void Dot_export_is_a_digraph_with_every_edge()
    {
        string dot = PhaseDiagrams.ToDot(Machine);
        Assert.StartsWith("digraph phases {", dot, StringComparison.Ordinal);
        Assert.Contains("Middle -> Termination [label=\"begin-termination-phase [a session held in the middle phase]\"];", dot, StringComparison.Ordinal);
        Assert.Equal(Machine.Transitions.Count + 1, dot.Split('\n').Count(l => l.Contains("->", StringComparison.Ordinal)));
    }

    [Fact]
    public void Triggers_map_to_phases()
    {
        Assert.Equal(CourseTrigger.BeginTerminationPhase, CourseTriggers.Begin(PhaseKind.Termination));
        Assert.Equal(PhaseKind.Maintenance, CourseTriggers.TargetPhase(CourseTrigger.BeginMaintenancePhase));
        Assert.Null(CourseTriggers.TargetPhase(CourseTrigger.Complete));
        Assert.Equal(CourseTriggers.Count, Enum.GetValues<CourseTrigger>().Length);
    }
}

public class TaskSetTests
{
    [Fact]
    public void Holds_adds_removes_and_lists_in_declaration_order()
    {
        TaskSet s = TaskSet.Of(TherapyTask.FuturePlan, TherapyTask.SickRoleAssigned);
        Assert.Equal(2, s.Count);
        Assert.Equal([TherapyTask.SickRoleAssigned, TherapyTask.FuturePlan], s.ToList());
        Assert.Equal(TherapyTask.SickRoleAssigned, s.First());
        Assert.True(s.Except(TaskSet.Of(TherapyTask.SickRoleAssigned)).IsSubsetOf(s));
        Assert.Equal("{sick-role-assigned, future-plan}", s.ToString());
        Assert.Null(TaskSet.Empty.First());
        Assert.Throws<ArgumentOutOfRangeException>(() => s.With((TherapyTask)70));
    }

    [Fact]
    public void Every_task_has_a_code_name_brief_id_and_missing_code()
    {
        foreach (TherapyTask t in Enum.GetValues<TherapyTask>())
        {
            Assert.Matches("^[a-z-]+$", TherapyTasks.Code(t));
            Assert.Matches("^(INIT|TERM|IPSRT)-\\d\\d$", TherapyTasks.BriefId(t));
            Assert.StartsWith("phase.", PhaseErrors.TaskMissingCode(t), StringComparison.Ordinal);
            Assert.Equal(Ipt.Domain.Primitives.Codes.Of(t), TherapyTasks.Code(t));
        }

        Assert.Equal(TherapyTasks.Count, Enum.GetValues<TherapyTask>().Length);
    }
}
