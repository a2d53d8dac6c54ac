using System;
using BenchmarkDotNet.Attributes;
using Ipt.Domain.Courses;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Benchmarks;

/// <summary>Commands on a live course: a whole standard course, and one recorded session.</summary>
[MemoryDiagnoser]
public class CourseBenchmarks
{
    /// <summary>Sessions recorded per invocation of <see cref="RecordSession"/>.</summary>
    public const int SessionsPerInvoke = 1000;

    private readonly ProtocolDefinition _standard = StandardIpt.Definition;
    private ProtocolDefinition _long = null!;

    /// <summary>Builds the long protocol and checks that every scenario runs as scripted.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _long = LongProtocol(SessionsPerInvoke);
        Scenarios.Verify(Scenarios.FullStandardCourse(_standard), events: 35, sessions: 16);
        TreatmentCourse recorded = RecordOntoFreshCourse();
        if (recorded.SessionsHeld != SessionsPerInvoke)
        {
            throw new InvalidOperationException("RecordSession recorded " + recorded.SessionsHeld + " sessions, not " + SessionsPerInvoke + ".");
        }
    }

    /// <summary>Start, 16 sessions, 12 tasks, 2 phase moves, completion: 32 accepted commands, events included.</summary>
    [Benchmark]
    public TreatmentCourse FullStandardCourse() => Scenarios.FullStandardCourse(_standard);

    /// <summary>
    /// One session recorded on an active course. A course rejects sessions beyond its contract, and a single
    /// long-lived course would grow its history without bound across millions of invocations, so each invocation
    /// starts a fresh course on a protocol planned for <see cref="SessionsPerInvoke"/> sessions (built with the
    /// protocol builder) and records that many; <c>OperationsPerInvoke</c> divides by it. The figure therefore
    /// includes 1/1000 of starting a course and the per-session share of its pre-sized event and session lists,
    /// the storage a recorded session really costs. No <c>[IterationSetup]</c>, which would force one call per
    /// iteration and make a sub-microsecond measurement meaningless.
    /// </summary>
    [Benchmark(OperationsPerInvoke = SessionsPerInvoke)]
    public TreatmentCourse RecordSession() => RecordOntoFreshCourse();

    /// <summary>A protocol like standard IPT whose contract is <paramref name="sessions"/> sessions long.</summary>
    /// <param name="sessions">Planned, maximum and hard-cap sessions.</param>
    internal static ProtocolDefinition LongProtocol(int sessions) =>
        ProtocolDefinition.Create("ipt-long", "IPT with a long contract (benchmark)")
            .Abbreviation("IPT-L")
            .SessionLength(45, 50)
            .Sessions(sessions, sessions, sessions, sessions)
            .Phase(PhaseKind.Initial, SessionRange.Of(1, 3), tasks: StandardIpt.InitialTasks)
            .Phase(PhaseKind.Middle, SessionRange.Of(4, sessions - 3))
            .Phase(PhaseKind.Termination, SessionRange.Of(sessions - 2, sessions), tasks: StandardIpt.TerminationTasks)
            .AllowEarly(TherapyTask.EndingRaised, PhaseKind.Middle)
            .Build()
            .Value;

    private TreatmentCourse RecordOntoFreshCourse()
    {
        TreatmentCourse course = TreatmentCourse.Start(Scenarios.Id, Scenarios.Client, _long, Scenarios.Start);
        DateOnly date = Scenarios.Start;
        for (int i = 0; i < SessionsPerInvoke; i++)
        {
            course.RecordSession(date, Attendance.Attended, SessionModality.InPerson, Scenarios.Note);
            date = date.AddDays(1);
        }

        return course;
    }
}
