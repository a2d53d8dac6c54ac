using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
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
    /// <summary>The argument that selects a profile loop instead of BenchmarkDotNet.</summary>
    public const string Argument = "--profile";

    /// <summary>Runs <paramref name="scenario"/> <paramref name="iterations"/> times after a warm-up and prints bytes and time per operation.</summary>
    /// <param name="scenario">print (the JSON history once), json, serialize, deserialize, replay, course, simulate (one course per operation, single-threaded).</param>
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

        int courses = 0;
        Func<int, object> op = scenario switch
        {
            "json" => _ => CourseHistoryJson.Deserialize(CourseHistoryJson.Serialize(history16)),
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
            Console.Error.WriteLine("profile: unknown scenario " + scenario + " (json, serialize, deserialize, replay, course, simulate).");
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
