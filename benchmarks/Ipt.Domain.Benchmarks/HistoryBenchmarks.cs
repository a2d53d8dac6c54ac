using System;
using System.Collections.Generic;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Serialization;

namespace Ipt.Domain.Benchmarks;

/// <summary>Rebuilding a course from its events, and the JSON form of a history.</summary>
[MemoryDiagnoser]
public class HistoryBenchmarks
{
    private readonly ProtocolDefinition _protocol = StandardIpt.Definition;
    private IReadOnlyList<CourseEvent> _history20 = null!;
    private IReadOnlyList<CourseEvent> _history16 = null!;
    private string _json16 = null!;
    private byte[] _utf8Json16 = null!;
    private PlainHistory _plain16 = null!;

    /// <summary>Builds the histories and checks that they replay and round-trip.</summary>
    [GlobalSetup]
    public void Setup()
    {
        TreatmentCourse extended = Scenarios.ExtendedCourse20(_protocol);
        Scenarios.Verify(extended, events: 40, sessions: 20);
        _history20 = extended.History;
        Scenarios.Verify(TreatmentCourse.FromHistory(_history20, _protocol).Value, events: 40, sessions: 20);

        TreatmentCourse standard = Scenarios.FullStandardCourse(_protocol);
        Scenarios.Verify(standard, events: 35, sessions: 16);
        _history16 = standard.History;
        _json16 = CourseHistoryJson.Serialize(_history16);
        _utf8Json16 = CourseHistoryJson.SerializeToUtf8(_history16);
        Scenarios.Verify(TreatmentCourse.FromHistory(CourseHistoryJson.Deserialize(_json16).Value, _protocol).Value, events: 35, sessions: 16);
        Scenarios.Verify(TreatmentCourse.FromHistory(CourseHistoryJson.Deserialize(_utf8Json16).Value, _protocol).Value, events: 35, sessions: 16);

        // The baseline holds the same content: read from the library's JSON, it writes the same text back.
        _plain16 = JsonSerializer.Deserialize(_json16, PlainHistoryContext.Default.PlainHistory)!;
        string plainJson = JsonSerializer.Serialize(_plain16, PlainHistoryContext.Default.PlainHistory);
        if (_plain16.Events.Count != 35 || plainJson.Length != _json16.Length)
        {
            throw new InvalidOperationException("The plain DTO baseline does not hold the same content: " + plainJson.Length + " characters against " + _json16.Length + ".");
        }
    }

    /// <summary>Replays 37 events (20 sessions, a contract extension) with every rule checked.</summary>
    [Benchmark]
    public Result<TreatmentCourse> ReplayHistory20() => TreatmentCourse.FromHistory(_history20, _protocol);

    /// <summary>A completed 16-session history (32 events) to a JSON string and back.</summary>
    [Benchmark]
    public Result<IReadOnlyList<CourseEvent>> JsonRoundTrip16() =>
        CourseHistoryJson.Deserialize(CourseHistoryJson.Serialize(_history16));

    /// <summary>The baseline: plain DTOs holding the same content, System.Text.Json source-generated, to a string and back.</summary>
    [Benchmark]
    public PlainHistory? PlainDtoRoundTrip16() =>
        JsonSerializer.Deserialize(JsonSerializer.Serialize(_plain16, PlainHistoryContext.Default.PlainHistory), PlainHistoryContext.Default.PlainHistory);

    /// <summary>The same history to UTF-8 bytes and back.</summary>
    [Benchmark]
    public Result<IReadOnlyList<CourseEvent>> JsonRoundTrip16Utf8() =>
        CourseHistoryJson.Deserialize(CourseHistoryJson.SerializeToUtf8(_history16));

    /// <summary>Serialisation alone, to a string (for locating the cost of a round trip).</summary>
    [Benchmark]
    public string JsonSerialize16() => CourseHistoryJson.Serialize(_history16);

    /// <summary>Deserialisation alone, from a string.</summary>
    [Benchmark]
    public Result<IReadOnlyList<CourseEvent>> JsonDeserialize16() => CourseHistoryJson.Deserialize(_json16);
}
