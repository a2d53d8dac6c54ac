using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Measures;
using Ipt.Domain.Persistence;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Ipt.Domain.Integration.Tests.Storage;

/// <summary>
/// A child process (this test assembly started in its writer mode, see <see cref="Program"/>) writes commands to a
/// SQLite file through <see cref="CourseUnitOfWork"/> and prints each command's number once it is acknowledged; the
/// test kills it with SIGKILL, five times, and starts a new writer that goes on from the first unacknowledged command,
/// re-sending it under the same command id as a caller would. A test-only trigger makes every measure row's insert
/// slow, so the writer spends most of its time inside an open append transaction, between the measure row and the
/// safety-concern row of a two-row append: the kills land mid-transaction. Afterwards every acknowledged command is
/// stored exactly once, no append is partial, every course replays and passes <see cref="CourseInvariants"/>, and
/// writing resumes.
/// </summary>
public sealed class SqliteKillTests(ITestOutputHelper output) : SqliteTestBase
{
    /// <summary>The first argument that starts the assembly as the child writer.</summary>
    public const string WriterMode = "sqlite-writer";

    private const int Courses = 6;
    private const string Ack = "ack ";

    private static CourseId Course(int i) => CourseId.From(new Guid(i + 1, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9));

    // PHQ-9 items 1-8 carry the command number in base 4; item 9 is 1 for every third number, which raises a safety
    // concern: that command appends two rows (the measure, then the concern) in one transaction.
    private static int[] Encode(int number)
    {
        var answers = new int[9];
        for (int k = 0; k < 8; k++)
        {
            answers[k] = (number >> (2 * k)) & 3;
        }

        answers[8] = number % 3 == 0 ? 1 : 0;
        return answers;
    }

    private static int Decode(System.Collections.Immutable.ImmutableArray<int> answers)
    {
        int n = 0;
        for (int k = 0; k < 8; k++)
        {
            n |= answers[k] << (2 * k);
        }

        return n;
    }

    /// <summary>The child: <c>sqlite-writer DB FIRST</c> writes commands FIRST, FIRST+1, … until killed, and prints
    /// <c>ack N applied|repeat .</c> after each one the store acknowledged.</summary>
    public static async Task<int> RunWriterAsync(string[] args)
    {
        string db = args[0];
        int first = int.Parse(args[1], CultureInfo.InvariantCulture);
        var store = new SqliteCourseStore(new SqliteCourseStoreOptions { ConnectionString = "Data Source=" + db }, BuiltInProtocols.Catalog);
        var work = new CourseUnitOfWork(store, maxAttempts: 100);
        for (int n = first; ; n++)
        {
            int number = n;
            while (true)
            {
                Result<CommandOutcome<MeasureRecording>> r = await work.ExecuteAsync(
                    Course(number % Courses), c => c.NumberedMeasure(number, Encode(number)), "k-" + number);
                if (r.IsSuccess)
                {
                    Console.Out.Write(Ack + number + (r.Value.AlreadyApplied ? " repeat" : " applied") + " .\n");
                    Console.Out.Flush();
                    break;
                }

                if (r.Error.Code != StoreErrors.Unavailable)
                {
                    Console.Error.WriteLine("refused: " + r.Error.Code);
                    return 1;
                }

                await Task.Delay(20);
            }
        }
    }

    [Fact]
    public async Task Five_SIGKILLs_of_a_writer_mid_transaction_lose_no_acknowledged_command_and_leave_no_partial_append()
    {
        string db = Path.Combine(Directory, "ipt.db");
        SqliteCourseStore store = NewStore();
        var work = new CourseUnitOfWork(store);
        for (int i = 0; i < Courses; i++)
        {
            Assert.True((await work.StartAsync(TreatmentCourse.Start(Course(i), ClientRef.From("client-" + i), StandardIpt.Definition, CourseFixture.Start))).IsSuccess);
        }

        await ExecAsync("CREATE TABLE ipt_test_slow (x INTEGER); " +
                        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 700) INSERT INTO ipt_test_slow SELECT x FROM n; " +
                        "CREATE TRIGGER ipt_test_slow_measure AFTER INSERT ON ipt_course_events WHEN NEW.type = 'measure-recorded' " +
                        "BEGIN SELECT count(*) FROM ipt_test_slow a, ipt_test_slow b; END;");

        var acknowledged = new HashSet<int>();
        int repeats = 0, rolledBack = 0, committedUnacknowledged = 0;
        var rng = new Random(13);
        int next = 0;
        for (int kill = 0; kill < 5; kill++)
        {
            var lines = new List<string>();
            using Process child = StartWriter(db, next, lines);
            int wanted = 4 + rng.Next(8);
            var clock = Stopwatch.StartNew();
            while (Count(lines) < wanted)
            {
                if (child.HasExited)
                {
                    Assert.Fail("the writer stopped by itself: " + await child.StandardError.ReadToEndAsync());
                }

                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), "the writer acknowledged too little in 90 s");
                await Task.Delay(5);
            }

            await Task.Delay(rng.Next(40));
            child.Kill();                                            // SIGKILL on Linux
            await child.WaitForExitAsync();
            Assert.Equal(137, child.ExitCode);                       // 128 + SIGKILL
            foreach ((int number, bool repeat) in Parse(lines))
            {
                Assert.True(acknowledged.Add(number) || repeat, "command " + number + " acknowledged twice as applied");
                repeats += repeat ? 1 : 0;
            }

            next = acknowledged.Max() + 1;                          // the command that was in flight, re-sent by the next writer
            bool inFlightStored = (await StoredNumbersAsync(store)).Contains(next);
            rolledBack += inFlightStored ? 0 : 1;
            committedUnacknowledged += inFlightStored ? 1 : 0;
        }

        output.WriteLine($"5 kills: {acknowledged.Count} acknowledged, in-flight command rolled back {rolledBack}×, committed but unacknowledged {committedUnacknowledged}×, answered as a repeat after restart {repeats}×");

        // Writing resumes: the in-flight command and a few more, through a fresh store, with the slow trigger dropped.
        await ExecAsync("DROP TRIGGER ipt_test_slow_measure");
        SqliteConnection.ClearAllPools();
        SqliteCourseStore reopened = NewStore();
        var resumed = new CourseUnitOfWork(reopened);
        for (int n = next; n < next + 6; n++)
        {
            int number = n;
            Result<CommandOutcome<MeasureRecording>> r = await resumed.ExecuteAsync(Course(number % Courses), c => c.NumberedMeasure(number, Encode(number)), "k-" + number);
            Assert.True(r.IsSuccess, r.Error?.ToString());
            acknowledged.Add(number);
        }

        List<int> stored = await StoredNumbersAsync(reopened);
        Assert.Equal(stored.Count, stored.Distinct().Count());      // 0 duplicated
        Assert.Equal(acknowledged.Order(), stored.Order());          // 0 lost, nothing unacknowledged left behind
    }

    // Loads every course (replay with every rule checked), checks its invariants and that every two-row append is whole.
    private static async Task<List<int>> StoredNumbersAsync(SqliteCourseStore store)
    {
        var numbers = new List<int>();
        for (int i = 0; i < Courses; i++)
        {
            Result<TreatmentCourse> loaded = await store.LoadAsync(Course(i));
            Assert.True(loaded.IsSuccess, loaded.Error?.ToString());
            TreatmentCourse course = loaded.Value;
            CourseInvariants.EnsureHolds(course);
            IReadOnlyList<CourseEvent> history = course.History;
            for (int k = 1; k < history.Count; k++)
            {
                if (history[k] is MeasureRecorded m)
                {
                    int number = Decode(m.Answers);
                    Assert.Equal("k-" + number, m.CommandId);
                    bool concern = k + 1 < history.Count && history[k + 1] is SafetyConcernRaised s && s.CommandId == m.CommandId;
                    Assert.True(concern == (m.Answers[8] > 0), "a partial append at version " + (k + 1) + " of course " + i);
                    numbers.Add(number);
                }
                else
                {
                    Assert.True(history[k] is SafetyConcernRaised && history[k - 1] is MeasureRecorded, "an event without its command at version " + (k + 1));
                }
            }
        }

        return numbers;
    }

    private static int Count(List<string> lines)
    {
        lock (lines)
        {
            return lines.Count;
        }
    }

    private static IEnumerable<(int Number, bool Repeat)> Parse(List<string> lines)
    {
        lock (lines)
        {
            // Only whole lines count: a line cut by the kill has no closing " .".
            return [.. lines.Where(l => l.StartsWith(Ack, StringComparison.Ordinal) && l.EndsWith(" .", StringComparison.Ordinal))
                .Select(l => l.Split(' '))
                .Select(p => (int.Parse(p[1], CultureInfo.InvariantCulture), p[2] == "repeat"))];
        }
    }

    private static Process StartWriter(string db, int first, List<string> lines)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(typeof(SqliteKillTests).Assembly.Location);
        info.ArgumentList.Add(WriterMode);
        info.ArgumentList.Add(db);
        info.ArgumentList.Add(first.ToString(CultureInfo.InvariantCulture));
        var p = new Process { StartInfo = info };
        p.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (lines)
                {
                    lines.Add(e.Data);
                }
            }
        };
        Assert.True(p.Start());
        p.BeginOutputReadLine();
        return p;
    }

    private async Task ExecAsync(string sql)
    {
        await using var c = new SqliteConnection(ConnectionString);
        await c.OpenAsync();
        await using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }
}
