using System;
using BenchmarkDotNet.Attributes;
using Ipt.Domain.Courses;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Benchmarks;

/// <summary>Asking the phase machine whether a trigger may fire.</summary>
[MemoryDiagnoser]
public class TransitionBenchmarks
{
    private TreatmentCourse _readyForMiddle = null!;
    private TreatmentCourse _inMiddle = null!;

    /// <summary>A course at the end of the initial phase, and one in the middle phase.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _readyForMiddle = InitialPhaseDone(StandardIpt.Definition);
        _inMiddle = InitialPhaseDone(StandardIpt.Definition);
        _inMiddle.Fire(CourseTrigger.BeginMiddlePhase, Scenarios.Start.AddDays(14));
        if (!_readyForMiddle.Can(CourseTrigger.BeginMiddlePhase).IsAllowed ||
            _inMiddle.State != CourseState.In(PhaseKind.Middle) ||
            _inMiddle.Can(CourseTrigger.Complete).IsAllowed)
        {
            throw new InvalidOperationException("The transition scenario is not set up as intended.");
        }
    }

    /// <summary>Initial tasks done and a session attended: begin-middle-phase is allowed (every guard evaluated).</summary>
    [Benchmark]
    public TransitionDecision CanAllowed() => _readyForMiddle.Can(CourseTrigger.BeginMiddlePhase);

    /// <summary>Complete from the middle phase: there is no such edge, so the precompiled denial is returned.</summary>
    [Benchmark]
    public TransitionDecision CanDeniedNoEdge() => _inMiddle.Can(CourseTrigger.Complete);

    private static TreatmentCourse InitialPhaseDone(ProtocolDefinition protocol)
    {
        TreatmentCourse course = TreatmentCourse.Start(Scenarios.Id, Scenarios.Client, protocol, Scenarios.Start);
        for (int n = 1; n <= 3; n++)
        {
            course.RecordSession(Scenarios.Start.AddDays(7 * (n - 1)), Attendance.Attended);
        }

        DateOnly date = Scenarios.Start.AddDays(14);
        Scenarios.InitialPhase(course, 1, date);
        Scenarios.InitialPhase(course, 2, date);
        Scenarios.Accept(course.AgreeFormulation(Scenarios.Formulation, date));
        Scenarios.Accept(course.CompleteTask(TherapyTask.TreatmentContract, date));
        return course;
    }
}
