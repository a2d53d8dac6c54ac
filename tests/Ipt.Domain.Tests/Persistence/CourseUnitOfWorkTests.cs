using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Persistence;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Tests.Persistence;

/// <summary>The unit of work's rules over a row store: what it returns, how often it loads and appends, and what it
/// leaves stored, for refused commands, lost races, repeats and unreachable stores.</summary>
public class CourseUnitOfWorkTests
{
    private static readonly DateOnly Day1 = CourseFixture.Start;
    private static readonly int[] Phq9WithItem9 = [1, 1, 1, 1, 1, 1, 1, 1, 1];   // raises a safety concern too

    private static async Task<(RowStore Store, CourseUnitOfWork Work, CourseId Id)> Started(int maxAttempts = CourseUnitOfWork.DefaultMaxAttempts)
    {
        var store = new RowStore();
        var work = new CourseUnitOfWork(store, maxAttempts);
        TreatmentCourse course = CourseFixture.NewCourse();
        Result<AppendOutcome> started = await work.StartAsync(course);
        Assert.Equal(new AppendOutcome(1, AlreadyApplied: false), started.Value);
        store.ResetCounts();
        return (store, work, course.Id);
    }

    // Another writer that loads the stored course, records the next weekly session and appends it (under its own id).
    private static Func<Task> OtherWriterRecordsASession(RowStore store, CourseId id, Func<string?> commandId) => () =>
    {
        TreatmentCourse other = store.Peek(id);
        int loaded = other.Version;
        Assert.True(other.RecordSession(CourseFixture.Week(other.Sessions.Count), Attendance.Attended).IsSuccess);
        Assert.True(store.Write(id, loaded, ConcurrencyCheck.PendingEvents(other, loaded).Value, commandId()).IsSuccess);
        return Task.CompletedTask;
    };

    // Another writer that runs the very same command, under the same command id, on the stored course and appends it.
    private static Func<Task> OtherWriterRunsTheSameCommand<T>(RowStore store, CourseId id, string commandId, Func<TreatmentCourse, Result<T>> command) => () =>
    {
        TreatmentCourse other = store.Peek(id);
        int loaded = other.Version;
        Assert.True(other.ExecuteOnce(commandId, command).IsSuccess);
        Assert.True(store.Write(id, loaded, ConcurrencyCheck.PendingEvents(other, loaded).Value, commandId).IsSuccess);
        return Task.CompletedTask;
    };

    // The other writer's append, before this writer's first append only.
    private static Func<Task> Once(Func<Task> otherWriter)
    {
        bool done = false;
        return () =>
        {
            if (done)
            {
                return Task.CompletedTask;
            }

            done = true;
            return otherWriter();
        };
    }

    [Fact]
    public void The_store_and_the_bound_on_attempts_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => new CourseUnitOfWork(null!));
        Assert.Equal("maxAttempts", Assert.Throws<ArgumentOutOfRangeException>(() => new CourseUnitOfWork(new RowStore(), 0)).ParamName);
        Assert.Equal("maxAttempts", Assert.Throws<ArgumentOutOfRangeException>(() => new CourseUnitOfWork(new RowStore(), 101)).ParamName);
        Assert.Equal(1, new CourseUnitOfWork(new RowStore(), 1).MaxAttempts);
        Assert.Equal(100, new CourseUnitOfWork(new RowStore(), 100).MaxAttempts);
        Assert.Equal(8, new CourseUnitOfWork(new RowStore()).MaxAttempts);
        Assert.Equal(8, CourseUnitOfWork.DefaultMaxAttempts);
    }

    [Fact]
    public async Task A_null_course_or_command_is_misuse()
    {
        var (_, work, id) = await Started();
        await Assert.ThrowsAsync<ArgumentNullException>(() => work.StartAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => work.ExecuteAsync<SessionRecorded>(id, null!));
    }

    [Fact]
    public async Task Starting_a_course_already_stored_is_a_conflict_and_writes_nothing()
    {
        var (store, work, id) = await Started();
        Result<AppendOutcome> again = await work.StartAsync(CourseFixture.NewCourse());
        Assert.Equal(PersistenceErrors.VersionConflict, again.Error?.Code);
        Assert.Single(store.RowsOf(id));
    }

    [Fact]
    public async Task A_command_runs_on_the_loaded_course_and_its_events_are_appended()
    {
        var (store, work, id) = await Started();

        var done = await work.ExecuteAsync(id, c => c.RecordSession(Day1, Attendance.Attended));

        Assert.True(done.IsSuccess, done.Error?.ToString());
        Assert.Equal(1, done.Value.Value!.Number);
        Assert.Null(done.Value.Value.CommandId);
        Assert.Equal(2, done.Value.Version);
        Assert.Equal(1, done.Value.Attempts);
        Assert.False(done.Value.AlreadyApplied);
        Assert.Equal([done.Value.Value], done.Value.Events);
        Assert.Equal(2, store.RowsOf(id).Count);
        Assert.Single((await store.LoadAsync(id)).Value.Sessions);
    }

    [Fact]
    public async Task A_command_id_travels_in_the_stored_events_and_in_the_returned_value()
    {
        var (store, work, id) = await Started();

        var done = await work.ExecuteAsync(id, c => c.RecordSession(Day1, Attendance.Attended), "appt-1");

        Assert.True(done.IsSuccess, done.Error?.ToString());
        Assert.Equal("appt-1", done.Value.Value!.CommandId);        // the value is the event as stored, stamped
        Assert.Same(done.Value.Events[0], done.Value.Value);
        Assert.Equal("appt-1", (await store.ReadHistoryAsync(id)).Value[1].CommandId);
        Assert.Equal(2, (await store.FindCommandAsync(id, "appt-1")).Value);
    }

    [Fact]
    public async Task A_value_that_is_not_an_event_is_returned_as_the_command_gave_it()
    {
        var (_, work, id) = await Started();

        var done = await work.ExecuteAsync(id, c => c.RecordMeasure("phq-9", Phq9WithItem9, Day1), "phq-1");

        Assert.True(done.IsSuccess, done.Error?.ToString());
        Assert.Equal("phq-9", done.Value.Value.Event.InstrumentCode);
        Assert.NotNull(done.Value.Value.Concern);
        Assert.Equal([typeof(MeasureRecorded), typeof(SafetyConcernRaised)], done.Value.Events.Select(e => e.GetType()));
        Assert.All(done.Value.Events, e => Assert.Equal("phq-1", e.CommandId));
        Assert.Equal(3, done.Value.Version);
    }

    [Fact]
    public async Task A_refused_command_is_returned_as_the_course_gave_it_and_nothing_is_appended()
    {
        var (store, work, id) = await Started();

        var refused = await work.ExecuteAsync(id, c => c.Fire(CourseTrigger.BeginMiddlePhase, Day1));
        var refusedWithId = await work.ExecuteAsync(id, c => c.Fire(CourseTrigger.BeginMiddlePhase, Day1), "move-1");

        Assert.StartsWith("phase.", refused.Error?.Code, StringComparison.Ordinal);
        Assert.Equal(refused.Error, refusedWithId.Error);
        Assert.Equal(0, store.Appends);
        Assert.Single(store.RowsOf(id));
        Assert.Null((await store.FindCommandAsync(id, "move-1")).Value);
    }

    [Fact]
    public async Task A_command_that_records_nothing_is_answered_at_the_loaded_version_without_an_append()
    {
        var (store, work, id) = await Started();

        var none = await work.ExecuteAsync(id, c => Result.Success(c.Sessions.Count));
        var noneWithId = await work.ExecuteAsync(id, c => Result.Success(c.Sessions.Count), "look-1");

        foreach (CommandOutcome<int> outcome in new[] { none.Value, noneWithId.Value })
        {
            Assert.Equal((0, 1, 1, false), (outcome.Value, outcome.Version, outcome.Attempts, outcome.AlreadyApplied));
            Assert.Empty(outcome.Events);
        }

        Assert.Equal(0, store.Appends);
    }

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    public async Task A_malformed_command_id_is_refused_before_the_course_is_loaded(string commandId)
    {
        var (store, work, id) = await Started();

        var refused = await work.ExecuteAsync(id, c => c.RecordSession(Day1, Attendance.Attended), commandId);

        Assert.Equal(StoreErrors.CommandIdInvalid, refused.Error?.Code);
        Assert.Equal(0, store.Loads);
        Assert.Single(store.RowsOf(id));
    }

    [Fact]
    public async Task A_course_that_is_not_stored_is_not_found_and_the_command_never_runs()
    {
        var work = new CourseUnitOfWork(new RowStore());
        bool ran = false;

        var missing = await work.ExecuteAsync(CourseId.New(), c => { ran = true; return c.RecordSession(Day1, Attendance.Attended); });

        Assert.Equal(StoreErrors.CourseNotFound, missing.Error?.Code);
        Assert.False(ran);
    }

    [Fact]
    public async Task An_unreachable_store_on_append_is_returned_at_once_without_a_retry()
    {
        var (store, work, id) = await Started();
        store.AppendError = StoreErrors.StoreUnavailable(id, "test");

        var failed = await work.ExecuteAsync(id, c => c.RecordSession(Day1, Attendance.Attended), "appt-1");

        Assert.Equal(StoreErrors.Unavailable, failed.Error?.Code);
        Assert.Equal(1, store.Appends);
        Assert.Equal(1, store.Loads);
    }

    [Fact]
    public async Task After_a_lost_race_the_command_runs_again_on_the_reloaded_course()
    {
        var (store, work, id) = await Started();
        store.BeforeAppend = Once(OtherWriterRecordsASession(store, id, () => "other"));

        var done = await work.ExecuteAsync(id, c => c.RecordSession(CourseFixture.Week(c.Sessions.Count), Attendance.NoShow), "mine");

        Assert.True(done.IsSuccess, done.Error?.ToString());
        Assert.Equal(2, done.Value.Attempts);
        Assert.Equal(2, done.Value.Value!.Number);                 // after the other writer's session 1
        Assert.Equal(3, done.Value.Version);
        Assert.Equal(2, store.Loads);
        Assert.Equal([Attendance.Attended, Attendance.NoShow], (await store.LoadAsync(id)).Value.Sessions.Select(s => s.Attendance));
    }

    [Fact]
    public async Task A_conflict_on_every_attempt_is_returned_after_the_bound_naming_the_course_and_the_attempts()
    {
        var (store, work, id) = await Started(maxAttempts: 3);
        int others = 0;
        store.BeforeAppend = OtherWriterRecordsASession(store, id, () => "other-" + others++);

        var done = await work.ExecuteAsync(id, c => c.RecordSession(CourseFixture.Week(c.Sessions.Count), Attendance.NoShow));

        Assert.Equal(PersistenceErrors.VersionConflict, done.Error?.Code);
        Assert.Contains("Course " + id + " changed under every one of 3 attempts", done.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("The course is at version", done.Error.Message, StringComparison.Ordinal);   // the last conflict
        Assert.Equal(3, others);
        Assert.Equal(3, store.Loads);
        Assert.All((await store.LoadAsync(id)).Value.Sessions, s => Assert.Equal(Attendance.Attended, s.Attendance));
    }

    [Fact]
    public async Task A_repeated_command_id_is_answered_with_the_original_events_and_the_version_after_them()
    {
        var (store, work, id) = await Started();
        var first = await work.ExecuteAsync(id, c => c.RecordSession(Day1, Attendance.Attended), "appt-1");
        Assert.True((await work.ExecuteAsync(id, c => c.RecordSession(CourseFixture.Week(1), Attendance.Attended), "appt-2")).IsSuccess);
        int appends = store.Appends;
        bool ran = false;

        var repeat = await work.ExecuteAsync(id, c => { ran = true; return c.RecordSession(CourseFixture.Week(2), Attendance.NoShow); }, "appt-1");

        Assert.True(repeat.IsSuccess, repeat.Error?.ToString());
        Assert.False(ran);
        Assert.True(repeat.Value.AlreadyApplied);
        Assert.Equal(1, repeat.Value.Attempts);
        Assert.Equal(2, repeat.Value.Version);                     // just after appt-1's event, not the course's 3
        Assert.Equal(first.Value.Value, repeat.Value.Value);
        Assert.Equal(first.Value.Events, repeat.Value.Events);
        Assert.Equal(appends, store.Appends);
        Assert.Equal(3, store.RowsOf(id).Count);
    }

    [Fact]
    public async Task A_repeat_of_a_command_with_two_events_ends_after_the_second_and_has_no_event_value()
    {
        var (_, work, id) = await Started();
        Assert.True((await work.ExecuteAsync(id, c => c.RecordMeasure("phq-9", Phq9WithItem9, Day1), "phq-1")).IsSuccess);
        Assert.True((await work.ExecuteAsync(id, c => c.RecordSession(Day1, Attendance.Attended), "appt-1")).IsSuccess);

        var repeat = await work.ExecuteAsync(id, c => c.RecordMeasure("phq-9", Phq9WithItem9, Day1), "phq-1");

        Assert.True(repeat.Value.AlreadyApplied);
        Assert.Equal(3, repeat.Value.Version);                     // measure at 2, its safety concern at 3
        Assert.Equal(default, repeat.Value.Value);                 // the value was a recording, not one of the events
        Assert.Equal(2, repeat.Value.Events.Count);
    }

    [Fact]
    public async Task A_repeat_asked_for_another_event_type_than_the_original_events_has_no_value()
    {
        var (_, work, id) = await Started();
        Assert.True((await work.ExecuteAsync(id, c => c.RecordMeasure("phq-9", Phq9WithItem9, Day1), "phq-1")).IsSuccess);

        var repeat = await work.ExecuteAsync<SessionRecorded>(id, c => c.RecordSession(Day1, Attendance.Attended), "phq-1");

        Assert.True(repeat.Value.AlreadyApplied);
        Assert.Null(repeat.Value.Value);                           // neither original event is a session
        Assert.Equal(3, repeat.Value.Version);
    }

    [Fact]
    public async Task Losing_to_the_same_command_on_a_store_that_knows_command_ids_is_answered_as_already_applied()
    {
        var (store, work, id) = await Started();
        store.BeforeAppend = Once(OtherWriterRunsTheSameCommand(store, id, "appt-9", c => c.RecordSession(Day1, Attendance.Attended)));

        var done = await work.ExecuteAsync(id, c => c.RecordSession(Day1, Attendance.Attended), "appt-9");

        Assert.True(done.IsSuccess, done.Error?.ToString());
        Assert.Equal(2, done.Value.Attempts);                      // the store said already applied; the reload found the id
        Assert.True(done.Value.AlreadyApplied);
        Assert.Equal(2, done.Value.Version);
        Assert.Equal(2, store.RowsOf(id).Count);
    }

    [Fact]
    public async Task Losing_to_the_same_command_on_every_attempt_names_the_command_id_the_store_held()
    {
        var (store, work, id) = await Started(maxAttempts: 1);
        store.BeforeAppend = OtherWriterRunsTheSameCommand(store, id, "appt-9", c => c.RecordSession(Day1, Attendance.Attended));

        var done = await work.ExecuteAsync(id, c => c.RecordSession(Day1, Attendance.Attended), "appt-9");

        Assert.Equal(PersistenceErrors.VersionConflict, done.Error?.Code);
        Assert.Contains("already held command id appt-9", done.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(2, store.RowsOf(id).Count);
    }

    [Fact]
    public async Task A_store_blind_to_command_ids_still_never_records_a_retried_command_twice()
    {
        var (store, work, id) = await Started();
        store.BlindToCommandIds = true;
        store.BeforeAppend = Once(OtherWriterRunsTheSameCommand(store, id, "phq-1", c => c.RecordMeasure("phq-9", Phq9WithItem9, Day1)));

        var done = await work.ExecuteAsync(id, c => c.RecordMeasure("phq-9", Phq9WithItem9, Day1), "phq-1");

        Assert.True(done.IsSuccess, done.Error?.ToString());
        Assert.Equal(2, done.Value.Attempts);
        Assert.True(done.Value.AlreadyApplied);
        Assert.Equal(3, done.Value.Version);
        Assert.Single((await store.LoadAsync(id)).Value.Measures());
    }

    [Fact]
    public async Task A_cancelled_call_throws_before_loading()
    {
        var (store, work, id) = await Started();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => work.ExecuteAsync(id, c => c.RecordSession(Day1, Attendance.Attended), null, cancelled.Token));

        Assert.Equal(0, store.Loads);
    }
}
