using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Phases;
using Ipt.Domain.Storage.Marten;
using Ipt.Domain.Testing;

namespace Ipt.Domain.Integration.Tests.Storage;

/// <summary>The caseload row's "next session due by" follows the current phase's cadence (no database needed).</summary>
public sealed class CaseloadProjectionTests
{
    [Fact]
    public void The_next_session_is_due_by_the_current_phases_cadence()
    {
        TreatmentCourse c = CourseFixture.NewCourse(Ipsrt.Definition).Sessions(4).AllTasks(Ipsrt.InitialTasks)
            .Fire(CourseTrigger.BeginMiddlePhase).Sessions(12);
        Assert.Equal(c.Sessions[^1].Date.AddDays(7), CaseloadProjection.From(c, null).NextSessionDueBy);

        c.Fire(CourseTrigger.BeginTerminationPhase);
        Assert.Equal(c.Sessions[^1].Date.AddDays(14), CaseloadProjection.From(c, null).NextSessionDueBy);
    }
}
