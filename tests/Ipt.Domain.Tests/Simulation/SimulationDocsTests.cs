using Ipt.Domain.Simulation;
using Ipt.Domain.Tests.Docs;

namespace Ipt.Domain.Tests.Simulation;

/// <summary>Keeps the worked example of docs/simulation.md current.</summary>
public class SimulationDocsTests
{
    [Fact]
    public void The_worked_example_output_is_current()
    {
        // The same code as the page shows.
        var settings = new SimulationSettings { CohortSize = 2_000, Seed = 2026 };
        SimulationResult result = CohortSimulator.Default.Run(settings);
        DocsGeneratedBlocks.AssertCurrent("docs/simulation.md", "simulation-example", "```text\n" + result.Summary.Describe() + "```");
    }
}
