using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Serialization;
using Ipt.Domain.Simulation;

namespace Ipt.Domain.Benchmarks;

/// <summary>
/// A plain loop over one hot path, for a profiler to attach to (<c>dotnet-trace collect -- dotnet Ipt.Domain.Benchmarks.dll
/// --profile json 200000</c>) and for exact allocation per operation (<see cref="GC.GetAllocatedBytesForCurrentThread"/>,
/// single-threaded). Not a timing tool: times under load are only indicative; BenchmarkDotNet gives the figures.
/// </summary>
public static class ProfileLoop
{
    // Where the peers' int results go, so the loop does not box them.
    private static int Sink { get; set; }

    /// <summary>The argument that selects a profile loop instead of BenchmarkDotNet.</summary>
    public const string Argument = "--profile";

    // Bytes allocated by each kind of step of the standard course and of the simulator's measure path, one at a time.
    private static void Steps(ProtocolDefinition protocol)
    {
        var bytes = new SortedDictionary<string, (long Bytes, int Count)>(StringComparer.Ordinal);
        void Count(string step, long before)
        {
            long b = GC.GetAllocatedBytesForCurrentThread() - before;
            bytes[step] = bytes.TryGetValue(step, out var t) ? (t.Bytes + b, t.Count + 1) : (b, 1);
        }

        for (int round = 0; round < 2; round++)
        {
            bytes.Clear();
            long before = GC.GetAllocatedBytesForCurrentThread();
            TreatmentCourse course = TreatmentCourse.Start(Scenarios.Id, Scenarios.Client, protocol, Scenarios.Start);
            Count("Start", before);
            for (int n = 1; n <= 16; n++)
            {
                DateOnly date = Scenarios.Start.AddDays(7 * (n - 1));
                before = GC.GetAllocatedBytesForCurrentThread();
                course.RecordSession(date, Attendance.Attended, SessionModality.InPerson, Scenarios.Note);
                Count("RecordSession", before);
                before = GC.GetAllocatedBytesForCurrentThread();
                Scenarios.InitialPhase(course, n, date);
                Count(n switch { 1 => "initial tasks (5 CompleteTask)", 2 => "CompleteInventory", 3 => "AgreeFormulation + CompleteTask + BeginMiddlePhase", _ => "nothing" }, before);
                if (n == 13)
                {
                    before = GC.GetAllocatedBytesForCurrentThread();
                    course.CompleteTask(TherapyTask.EndingRaised, date);
                    course.Fire(CourseTrigger.BeginTerminationPhase, date);
                    Count("EndingRaised + BeginTerminationPhase", before);
                }

                before = GC.GetAllocatedBytesForCurrentThread();
                Scenarios.TerminationPhase(course, 16 - n, date);
                Count(16 - n is >= 0 and <= 2 ? "termination tasks (5 CompleteTask + DecideContinuation)" : "nothing", before);
                if (n is 1 or 5 or 9 or 13 or 16)
                {
                    before = GC.GetAllocatedBytesForCurrentThread();
                    course.RecordMeasure("phq-9", [2, 2, 1, 1, 1, 1, 1, 1, 0], date, atLatestSession: true);
                    Count("RecordMeasure phq-9 (simulator path)", before);
                    before = GC.GetAllocatedBytesForCurrentThread();
                    course.RecordMeasure("gad-7", [1, 1, 1, 1, 1, 1, 1], date, atLatestSession: true);
                    Count("RecordMeasure gad-7 (simulator path)", before);
                }
            }

            before = GC.GetAllocatedBytesForCurrentThread();
            course.Fire(CourseTrigger.Complete, Scenarios.Start.AddDays(7 * 16));
            Count("Complete", before);
        }

        foreach ((string step, (long b, int n)) in bytes)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{step}: {n} × {(double)b / n:F0} B = {b} B"));
        }
    }

    /// <summary>Runs <paramref name="scenario"/> <paramref name="iterations"/> times after a warm-up and prints bytes and time per operation.</summary>
    /// <param name="scenario">print (the JSON history once), json, plain (the plain-DTO baseline), serialize, deserialize, replay, course, steps (bytes per step), simulate (one course per operation, single-threaded).</param>
    /// <param name="iterations">Operations to run.</param>
    /// <returns>0, or 2 for an unknown scenario.</returns>
    public static int Run(string scenario, int iterations)
    {
        ProtocolDefinition protocol = StandardIpt.Definition;
        IReadOnlyList<CourseEvent> history16 = Scenarios.FullStandardCourse(protocol).History;
        IReadOnlyList<CourseEvent> history20 = Scenarios.ExtendedCourse20(protocol).History;
        string json16 = CourseHistoryJson.Serialize(history16);
        var settings = new SimulationSettings { Seed = 2026, ReviewFidelity = false, MaxDegreeOfParallelism = 1 };
        if (scenario == "print")
        {
            Console.WriteLine(json16);
            return 0;
        }

        if (scenario == "steps")
        {
            Steps(protocol);
            return 0;
        }

        PlainHistory plain = System.Text.Json.JsonSerializer.Deserialize(json16, PlainHistoryContext.Default.PlainHistory)!;
        int courses = 0;
        PeerBenchmarks? peers = null;
        if (scenario is "loop" or "stateless")
        {
            peers = new PeerBenchmarks();
            peers.Setup();
        }

        Func<int, object> op = scenario switch
        {
            // The peers return an int: kept in a field rather than boxed, so the bytes counted are the peer's own.
            "loop" => _ =>
            {
                Sink = peers!.HandWrittenLoop();
                return peers;
            },
            "stateless" => _ =>
            {
                Sink = peers!.StatelessMachine();
                return peers;
            },
            "json" => _ => CourseHistoryJson.Deserialize(CourseHistoryJson.Serialize(history16)),
            "plain" => _ => System.Text.Json.JsonSerializer.Deserialize(System.Text.Json.JsonSerializer.Serialize(plain, PlainHistoryContext.Default.PlainHistory), PlainHistoryContext.Default.PlainHistory)!,
            "serialize" => _ => CourseHistoryJson.Serialize(history16),
            "deserialize" => _ => CourseHistoryJson.Deserialize(json16),
            "replay" => _ => TreatmentCourse.FromHistory(history20, protocol),
            "course" => _ => Scenarios.FullStandardCourse(protocol),
            "simulate" => i =>
            {
                // A chunk of courses per call, counted as that many operations.
                courses += CohortSimulator.ChunkSize;
                return CohortSimulator.Default.Run(settings with { CohortSize = CohortSimulator.ChunkSize, FirstCourseIndex = i * CohortSimulator.ChunkSize });
            },
            _ => null!,
        };
        if (op is null)
        {
            Console.Error.WriteLine("profile: unknown scenario " + scenario + ".");
            return 2;
        }

        int calls = scenario == "simulate" ? Math.Max(1, iterations / CohortSimulator.ChunkSize) : iterations;
        for (int i = 0; i < Math.Min(calls, 1000); i++)
        {
            op(i);
        }

        courses = 0;
        long bytes = GC.GetAllocatedBytesForCurrentThread();
        long total = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < calls; i++)
        {
            op(i);
        }

        watch.Stop();
        long thread = GC.GetAllocatedBytesForCurrentThread() - bytes;
        long all = GC.GetTotalAllocatedBytes(precise: true) - total;
        int ops = scenario == "simulate" ? courses : calls;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{scenario}: {ops} operations, {(double)thread / ops:F1} B/op on this thread, {(double)all / ops:F1} B/op in all, {watch.Elapsed.TotalMilliseconds * 1000 / ops:F3} µs/op"));
        return 0;
    }
}
