using System;
using BenchmarkDotNet.Attributes;
using Ipt.Domain.Simulation;

namespace Ipt.Domain.Benchmarks;

/// <summary>
/// Cohort simulation of standard IPT with the default settings (attendance, dropout, PHQ-9 and GAD-7 every four
/// sessions, the default symptom model and clinician policy) on all cores. <c>SimulateCohort100k</c> and
/// <c>SimulateCohort1M</c> leave out the fidelity review; <c>SimulateCohort100kWithFidelity</c> shows its cost.
/// Each operation takes seconds, so the default job runs 3–5 iterations after one or two warm-ups (the Dry smoke job
/// runs each once).
/// </summary>
[MemoryDiagnoser]
[MinWarmupCount(1)]
[MaxWarmupCount(2)]
[MinIterationCount(3)]
[MaxIterationCount(5)]
public class SimulationBenchmarks
{
    private readonly SimulationSettings _settings = new() { Seed = 2026, ReviewFidelity = false };

    /// <summary>Checks that a small cohort runs as intended.</summary>
    [GlobalSetup]
    public void Setup()
    {
        CohortSummary s = CohortSimulator.Default.Run(_settings with { CohortSize = 2_000 }).Summary;
        if (s.Completed == 0 || s.Outcomes[0].Evaluable == 0 || s.Fidelity is not null)
        {
            throw new InvalidOperationException("The simulation scenario is not set up as intended.");
        }
    }

    /// <summary>100,000 standard courses with measures, without fidelity review.</summary>
    [Benchmark]
    public CohortSummary SimulateCohort100k() => CohortSimulator.Default.Run(_settings with { CohortSize = 100_000 }).Summary;

    /// <summary>1,000,000 standard courses with measures, without fidelity review.</summary>
    [Benchmark]
    public CohortSummary SimulateCohort1M() => CohortSimulator.Default.Run(_settings with { CohortSize = 1_000_000 }).Summary;

    /// <summary>100,000 standard courses with measures and a fidelity review of each.</summary>
    [Benchmark]
    public CohortSummary SimulateCohort100kWithFidelity() => CohortSimulator.Default.Run(_settings with { CohortSize = 100_000, ReviewFidelity = true }).Summary;
}
