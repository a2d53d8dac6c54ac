using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Persistence;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Integration.Tests.Storage;

/// <summary>
/// Many writers running commands through <see cref="CourseUnitOfWork"/> against one store, with deliberate conflicts
/// (a quarter of the commands go to a few hot courses) and deliberate re-sends (every tenth command is sent twice under
/// its id). Each command records a PHQ-9 whose answers encode the command's number, so the stored events can be
/// checked one by one: every acknowledged command is there exactly once.
/// </summary>
internal sealed class LoadRun(ICourseStore store, int writers, int commandsPerWriter, int courses)
{
    private readonly ConcurrentDictionary<int, CourseId> _acknowledged = new();
    private int _unavailable;

    public CourseId[] Courses { get; } = [.. Enumerable.Range(0, courses).Select(i => CourseId.From(new Guid(i + 1, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7)))];

    public int Acknowledged => _acknowledged.Count;

    public int UnavailableReplies => _unavailable;

    public async Task StartCoursesAsync()
    {
        var work = new CourseUnitOfWork(store);
        foreach (CourseId id in Courses)
        {
            Result<AppendOutcome> r = await RetryUnavailable(() => work.StartAsync(StoreCourses.New(id), "start"), TimeSpan.FromSeconds(60));
            Assert.True(r.IsSuccess, r.Error?.ToString());
        }
    }

    /// <summary>Runs every writer to the end; a writer that gets <c>store.unavailable</c> sends the same command (same
    /// id) again until it is acknowledged, as a caller should.</summary>
    public async Task<TimeSpan> RunAsync(Func<int, Task>? afterAcknowledged = null)
    {
        var work = new CourseUnitOfWork(store, maxAttempts: 100);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var rng = new Random(w);
            for (int i = 0; i < commandsPerWriter; i++)
            {
                int number = w * commandsPerWriter + i;
                CourseId course = i % 4 == 0 ? Courses[rng.Next(Math.Min(5, Courses.Length))] : Courses[rng.Next(Courses.Length)];
                string commandId = "w" + w + "-" + i;
                int sends = i % 10 == 0 ? 2 : 1;
                for (int s = 0; s < sends; s++)
                {
                    Result<CommandOutcome<MeasureRecording>> r = await RetryUnavailable(
                        () => work.ExecuteAsync(course, c => c.NumberedMeasure(number, Encode(number)), commandId),
                        TimeSpan.FromSeconds(120));
                    Assert.True(r.IsSuccess, r.Error?.ToString());
                    Assert.True(s == 0 || r.Value.AlreadyApplied, "a re-sent command was recorded again");
                }

                _acknowledged[number] = course;
                if (afterAcknowledged is not null)
                {
                    await afterAcknowledged(_acknowledged.Count);
                }
            }
        })));
        return clock.Elapsed;
    }

    /// <summary>Every course loads (replay with every rule checked), passes the invariant checker and holds exactly the
    /// acknowledged commands.</summary>
    public async Task VerifyAsync()
    {
        var expected = _acknowledged.GroupBy(kv => kv.Value, kv => kv.Key).ToDictionary(g => g.Key, g => g.Order().ToArray());
        int total = 0;
        foreach (CourseId id in Courses)
        {
            Result<TreatmentCourse> loaded = await RetryUnavailable(() => store.LoadAsync(id), TimeSpan.FromSeconds(60));
            Assert.True(loaded.IsSuccess, loaded.Error?.ToString());
            CourseInvariants.EnsureHolds(loaded.Value);
            int[] stored = [.. loaded.Value.History.OfType<MeasureRecorded>().Select(m => Decode(m.Answers)).Order()];
            Assert.Equal(expected.TryGetValue(id, out int[]? e) ? e : [], stored);   // 0 lost, 0 duplicated
            Assert.Equal(1 + stored.Length, loaded.Value.Version);
            total += stored.Length;
        }

        Assert.Equal(_acknowledged.Count, total);
    }

    public async Task<T> RetryUnavailable<T>(Func<Task<T>> call, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            T r = await call();
            DomainError? error = r switch
            {
                Result<AppendOutcome> a => a.Error,
                Result<CommandOutcome<MeasureRecording>> c => c.Error,
                Result<TreatmentCourse> t => t.Error,
                _ => null,
            };
            if (error?.Code != StoreErrors.Unavailable || clock.Elapsed > limit)
            {
                return r;
            }

            Interlocked.Increment(ref _unavailable);
            await Task.Delay(100);
        }
    }

    // PHQ-9 items 1-8 carry the command number in base 4; item 9 stays 0 (no safety flag).
    private static int[] Encode(int number)
    {
        var answers = new int[9];
        for (int k = 0; k < 8; k++)
        {
            answers[k] = (number >> (2 * k)) & 3;
        }

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
}
