using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Persistence;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Ipt.Domain.Benchmarks;

/// <summary>
/// The SQLite course store against raw SQL on the same file: appending one session event through the store (command-id
/// lookup, version check, insert, all in one <c>BEGIN IMMEDIATE</c> transaction) vs one raw insert of the same JSON row
/// in its own transaction (goal ≤ 1.25×); loading and replaying a 16-session course (32 events) vs reading its rows
/// (goal ≤ 1.5×). Ratios come from one run.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class StoreBenchmarks
{
    private string _dir = null!;
    private string _connectionString = null!;
    private SqliteCourseStore _store = null!;
    private SqliteConnection _raw = null!;
    private CourseId _appendCourse;
    private CourseId _rawCourse;
    private CourseId _fullCourse;
    private SessionRecorded _session = null!;
    private string _sessionJson = null!;
    private int _storeVersion;
    private int _rawVersion;

    /// <summary>Creates the file, a 32-event course to load, and a course to append to.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _dir = Path.Combine(Path.GetTempPath(), "ipt-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        _connectionString = "Data Source=" + Path.Combine(_dir, "ipt.db");
        _store = new SqliteCourseStore(new SqliteCourseStoreOptions { ConnectionString = _connectionString }, BuiltInProtocols.Catalog);
        TreatmentCourse full = Scenarios.FullStandardCourse(StandardIpt.Definition);
        Scenarios.Verify(full, events: 35, sessions: 16);
        _fullCourse = full.Id;
        Check(_store.AppendAsync(full.Id, 0, full.History).GetAwaiter().GetResult());

        _appendCourse = CourseId.New();
        Check(_store.AppendAsync(_appendCourse, 0, TreatmentCourse.Start(_appendCourse, Scenarios.Client, StandardIpt.Definition, Scenarios.Start).History).GetAwaiter().GetResult());
        _storeVersion = 1;
        _session = new SessionRecorded(Scenarios.Start, 1, Attendance.Attended, SessionModality.InPerson, SessionParticipants.ClientOnly, Scenarios.Note);
        _sessionJson = StoredEvents.Serialize(_session);

        _rawCourse = CourseId.New();
        _raw = new SqliteConnection(_connectionString);
        _raw.Open();
        _rawVersion = 0;
    }

    /// <summary>Closes the connections and deletes the file.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _raw.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>Appends one session event through the store.</summary>
    [Benchmark(Description = "append session: store")]
    [BenchmarkCategory("append")]
    public async Task<int> AppendThroughStore()
    {
        Result<AppendOutcome> r = await _store.AppendAsync(_appendCourse, _storeVersion, [_session]);
        _storeVersion = r.Value.Version;
        return _storeVersion;
    }

    /// <summary>Inserts the same JSON row with raw SQL in its own transaction (a pooled connection per call, as the store).</summary>
    [Benchmark(Baseline = true, Description = "append session: raw insert")]
    [BenchmarkCategory("append")]
    public async Task<int> AppendRawInsert()
    {
        await using var c = new SqliteConnection(_connectionString);
        await c.OpenAsync();
        await using SqliteTransaction tx = c.BeginTransaction(deferred: false);
        await using SqliteCommand insert = c.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = "INSERT INTO ipt_course_events (course_id, version, type, schema_version, data) VALUES ($c, $v, 'session-recorded', 1, $d)";
        insert.Parameters.AddWithValue("$c", _rawCourse.Value.ToString("D"));
        insert.Parameters.AddWithValue("$v", ++_rawVersion);
        insert.Parameters.AddWithValue("$d", _sessionJson);
        await insert.ExecuteNonQueryAsync();
        tx.Commit();
        return _rawVersion;
    }

    /// <summary>Loads and replays the 16-session course through the store.</summary>
    [Benchmark(Description = "load 16-session course: store (read + replay)")]
    [BenchmarkCategory("load")]
    public async Task<int> LoadThroughStore() => (await _store.LoadAsync(_fullCourse)).Value.Version;

    /// <summary>Reads the same course's rows with raw SQL (strings only, no parsing).</summary>
    [Benchmark(Baseline = true, Description = "load 16-session course: raw read of rows")]
    [BenchmarkCategory("load")]
    public async Task<int> LoadRawRead()
    {
        await using var c = new SqliteConnection(_connectionString);
        await c.OpenAsync();
        await using SqliteCommand read = c.CreateCommand();
        read.CommandText = "SELECT version, type, schema_version, data FROM ipt_course_events WHERE course_id = $c ORDER BY version";
        read.Parameters.AddWithValue("$c", _fullCourse.Value.ToString("D"));
        var rows = new List<string>(32);
        await using SqliteDataReader r = await read.ExecuteReaderAsync();
        while (await r.ReadAsync())
        {
            rows.Add(r.GetString(3));
        }

        return rows.Count;
    }

    private static void Check(Result<AppendOutcome> r)
    {
        if (r.IsFailure)
        {
            throw new InvalidOperationException(r.Error.ToString());
        }
    }
}
