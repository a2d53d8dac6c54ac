using System.Collections.Generic;
using System.Linq;
using FsCheck.Fluent;
using Ipt.Domain.Courses;
using Ipt.Domain.Phases;

namespace Ipt.Domain.Tests.Generators;

/// <summary>The properties only mean something if generated courses reach every state; this pins that down.</summary>
public class GeneratorCoverageTests
{
    [Fact]
    public void Generated_scripts_reach_every_phase_completion_and_discontinuation()
    {
        IReadOnlyList<CourseScript> scripts = CourseGenerators.Scripts.Generator.Sample(400, 80);
        var states = scripts.Select(s => s.Run().State).ToList();

        Assert.Contains(states, s => s.Status == CourseStatus.Completed);
        Assert.Contains(states, s => s.Status == CourseStatus.Discontinued);
        Assert.Contains(states, s => s.Status == CourseStatus.Active && s.Phase == PhaseKind.Middle);
        Assert.Contains(states, s => s.Status == CourseStatus.Active && s.Phase == PhaseKind.Termination);
        Assert.True(states.Count(s => s.Status == CourseStatus.Completed) >= 20, "at least 5 % of scripts should complete a course");
        Assert.All(TestProtocols.All, p => Assert.Contains(scripts, s => s.Protocol == p && s.Run().Status == CourseStatus.Completed));
    }
}
