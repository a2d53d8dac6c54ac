using System;
using System.Collections.Immutable;
using Ipt.Domain.Courses;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Tests.Phases;

/// <summary>Edges of the phase types that the mutation run found untested.</summary>
public class PhaseEdgeTests
{
    [Fact]
    public void A_counted_range_contains_exactly_its_sessions()
    {
        SessionRange r = SessionRange.Of(3, 5);
        Assert.False(r.Contains(2));
        Assert.True(r.Contains(3));
        Assert.True(r.Contains(4));
        Assert.True(r.Contains(5));
        Assert.False(r.Contains(6));
        Assert.False(SessionRange.PreTreatment(2).Contains(1));
        Assert.False(SessionRange.OpenEnded.Contains(1));
        Assert.Equal("pre-treatment, up to 1 session", SessionRange.PreTreatment(1).ToString());
        Assert.Equal("pre-treatment, up to 2 sessions", SessionRange.PreTreatment(2).ToString());
    }

    [Fact]
    public void A_decision_prints_its_move_and_outcome()
    {
        TreatmentCourse c = TreatmentCourse.Start(CourseId.New(), ClientRef.From("c-1"), StandardIpt.Definition, new DateOnly(2026, 1, 5));
        string denied = c.Can(CourseTrigger.BeginMiddlePhase).ToString();
        Assert.StartsWith(c.State + " -" + CourseTrigger.BeginMiddlePhase + "-> ", denied, StringComparison.Ordinal);
        Assert.EndsWith(": denied (" + c.Can(CourseTrigger.BeginMiddlePhase).Error!.Code + ")", denied, StringComparison.Ordinal);
        Assert.Equal(c.State + " -" + CourseTrigger.Discontinue + "-> " + CourseState.Discontinued + ": allowed", c.Can(CourseTrigger.Discontinue).ToString());
    }

    [Fact]
    public void A_machine_needs_a_phase_and_a_counted_phase()
    {
        Assert.Throws<ArgumentException>(() => PhaseMachine.Compile(ImmutableArray<PhaseDefinition>.Empty, 1));
        Assert.Throws<ArgumentException>(() => PhaseMachine.Compile([new PhaseDefinition(PhaseKind.Maintenance, "Maintenance", SessionRange.OpenEnded)], 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => StandardIpt.Definition.Machine.Can(CourseState.In(PhaseKind.Initial), (CourseTrigger)CourseTriggers.Count, default));
    }

    [Fact]
    public void Indexes_of_unknown_phases_and_states_are_reported()
    {
        PhaseMachine m = StandardIpt.Definition.Machine;
        Assert.Equal(-1, m.IndexOf(PhaseKind.Engagement));
        Assert.Equal(-1, m.IndexOf((PhaseKind)99));
        Assert.Equal(m.StateCount - 1, m.IndexOf(CourseState.Discontinued));
        Assert.Equal(m.StateCount - 2, m.IndexOf(CourseState.Completed));
        Assert.Throws<ArgumentException>(() => m.IndexOf(CourseState.In(PhaseKind.Engagement)));
        Assert.Throws<ArgumentException>(() => m.IndexOf(CourseState.In((PhaseKind)99)));
    }

    [Fact]
    public void Task_validity_ends_at_the_last_defined_task()
    {
        Assert.False(TherapyTasks.IsDefined((TherapyTask)TherapyTasks.Count));
        Assert.True(TherapyTasks.IsDefined((TherapyTask)(TherapyTasks.Count - 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => TherapyTasks.Code((TherapyTask)TherapyTasks.Count));
        Assert.Contains(PhaseErrors.TriggerNotAllowed, PhaseErrors.AllCodes());
        Assert.Contains(PhaseErrors.CourseDiscontinued, PhaseErrors.AllCodes());
    }
}
