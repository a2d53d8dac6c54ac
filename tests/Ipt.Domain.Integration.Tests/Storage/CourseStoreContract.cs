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
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Integration.Tests.Storage;

/// <summary>The behaviour every <see cref="ICourseStore"/> must have, run against each real store by a subclass.
/// A subclass gives each test class its own database (a file, or a PostgreSQL schema).</summary>
public abstract class CourseStoreContract
{
    /// <summary>A store over this class's database, rebuilding courses with <paramref name="catalog"/>
    /// (the built-in protocols when null).</summary>
    protected abstract ICourseStore Store(IProtocolCatalog? catalog = null);

    /// <summary>Overwrites the stored row of one event with raw content, as a damaged file or a hand edit would.</summary>
    protected abstract Task OverwriteRowAsync(CourseId id, int version, string data, int schemaVersion);

    /// <summary>Events compared by their JSON contract (some events hold reference-typed values).</summary>
    protected static string[] Json(System.Collections.Generic.IEnumerable<CourseEvent> events) => [.. events.Select(StoredEvents.Serialize)];

    [Fact]
    public async Task A_saved_course_loads_back_equal_to_the_live_course()
    {
        ICourseStore store = Store();
        TreatmentCourse live = StoreCourses.Rich();
        Result<AppendOutcome> saved = await store.AppendAsync(live.Id, 0, live.History);
        Assert.True(saved.IsSuccess, saved.Error?.ToString());
        Assert.Equal(new AppendOutcome(live.Version, false), saved.Value);

        Result<TreatmentCourse> loaded = await store.LoadAsync(live.Id);
        Assert.True(loaded.IsSuccess, loaded.Error?.ToString());
        Assert.Equal(live.ToSnapshot(), loaded.Value.ToSnapshot());
        Assert.Equal(Json(live.History), Json(loaded.Value.History));
        Assert.Equal(Json(live.History), Json((await store.ReadHistoryAsync(live.Id)).Value));
    }

    [Fact]
    public async Task Appends_after_the_loaded_version_add_to_the_stored_history()
    {
        ICourseStore store = Store();
        TreatmentCourse live = StoreCourses.New();
        await store.AppendAsync(live.Id, 0, live.History);
        TreatmentCourse loaded = (await store.LoadAsync(live.Id)).Value;
        loaded.RecordSession(StoreCourses.Day1, Attendance.Attended);
        loaded.CompleteTask(TherapyTask.Psychoeducation, StoreCourses.Day1);
        Result<AppendOutcome> r = await store.AppendAsync(live.Id, 1, ConcurrencyCheck.PendingEvents(loaded, 1).Value);
        Assert.Equal(3, r.Value.Version);
        Assert.Equal(loaded.ToSnapshot(), (await store.LoadAsync(live.Id)).Value.ToSnapshot());
    }

    [Fact]
    public async Task A_missing_course_is_not_found()
    {
        CourseId id = CourseId.New();
        Result<TreatmentCourse> r = await Store().LoadAsync(id);
        Assert.Equal(StoreErrors.CourseNotFound, r.Error?.Code);
        Assert.Contains(id.ToString(), r.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(StoreErrors.CourseNotFound, (await Store().ReadHistoryAsync(id)).Error?.Code);
    }

    [Fact]
    public async Task The_second_of_two_writers_on_the_same_version_gets_a_conflict_and_writes_nothing()
    {
        ICourseStore store = Store();
        TreatmentCourse live = StoreCourses.New();
        await store.AppendAsync(live.Id, 0, live.History);
        TreatmentCourse a = (await store.LoadAsync(live.Id)).Value;
        TreatmentCourse b = (await store.LoadAsync(live.Id)).Value;
        a.RecordSession(StoreCourses.Day1, Attendance.Attended);
        b.RecordSession(StoreCourses.Day1, Attendance.NoShow);

        Assert.True((await store.AppendAsync(live.Id, 1, ConcurrencyCheck.PendingEvents(a, 1).Value)).IsSuccess);
        Result<AppendOutcome> second = await store.AppendAsync(live.Id, 1, ConcurrencyCheck.PendingEvents(b, 1).Value);

        Assert.Equal(PersistenceErrors.VersionConflict, second.Error?.Code);
        Assert.Equal(a.ToSnapshot(), (await store.LoadAsync(live.Id)).Value.ToSnapshot());
    }

    [Fact]
    public async Task An_expected_version_beyond_the_stored_one_is_a_conflict_and_leaves_no_gap()
    {
        ICourseStore store = Store();
        TreatmentCourse live = StoreCourses.New();
        await store.AppendAsync(live.Id, 0, live.History);
        Result<AppendOutcome> r = await store.AppendAsync(live.Id, 5, [new SessionRecorded(StoreCourses.Day1, 1, Attendance.Attended, SessionModality.InPerson, SessionParticipants.ClientOnly, null)]);
        Assert.Equal(PersistenceErrors.VersionConflict, r.Error?.Code);
        Assert.Equal(1, (await store.LoadAsync(live.Id)).Value.Version);
    }

    [Fact]
    public async Task Starting_a_course_that_is_already_stored_is_a_conflict()
    {
        ICourseStore store = Store();
        TreatmentCourse live = StoreCourses.New();
        await store.AppendAsync(live.Id, 0, live.History);
        Assert.Equal(PersistenceErrors.VersionConflict, (await store.AppendAsync(live.Id, 0, live.History)).Error?.Code);
    }

    [Fact]
    public async Task The_same_command_id_is_appended_once_and_reported_as_already_applied()
    {
        ICourseStore store = Store();
        TreatmentCourse live = StoreCourses.New();
        await store.AppendAsync(live.Id, 0, live.History, "start-1");
        TreatmentCourse loaded = (await store.LoadAsync(live.Id)).Value;
        loaded.RecordSession(StoreCourses.Day1, Attendance.Attended);
        var pending = ConcurrencyCheck.PendingEvents(loaded, 1).Value;

        Assert.Equal(new AppendOutcome(2, false), (await store.AppendAsync(live.Id, 1, pending, "cmd-7")).Value);
        Assert.Equal(new AppendOutcome(2, true), (await store.AppendAsync(live.Id, 1, pending, "cmd-7")).Value);
        Assert.Equal(new AppendOutcome(2, true), (await store.AppendAsync(live.Id, 2, pending, "cmd-7")).Value);
        Assert.Equal(2, (await store.FindCommandAsync(live.Id, "cmd-7")).Value);
        Assert.Equal(1, (await store.FindCommandAsync(live.Id, "start-1")).Value);
        Assert.Null((await store.FindCommandAsync(live.Id, "cmd-8")).Value);
        Assert.Null((await store.FindCommandAsync(CourseId.New(), "cmd-7")).Value);
        Assert.Equal(2, (await store.ReadHistoryAsync(live.Id)).Value.Count);
    }

    [Fact]
    public async Task A_malformed_command_id_is_refused()
    {
        ICourseStore store = Store();
        TreatmentCourse live = StoreCourses.New();
        Assert.Equal(StoreErrors.CommandIdInvalid, (await store.AppendAsync(live.Id, 0, live.History, "has space")).Error?.Code);
        Assert.Equal(StoreErrors.CommandIdInvalid, (await store.AppendAsync(live.Id, 0, live.History, new string('a', 101))).Error?.Code);
        Assert.Equal(StoreErrors.CourseNotFound, (await store.LoadAsync(live.Id)).Error?.Code);
    }

    [Fact]
    public async Task A_course_on_a_protocol_the_catalogue_lacks_is_a_typed_error_and_other_courses_load()
    {
        TreatmentCourse ipt = StoreCourses.New();
        TreatmentCourse brief = TreatmentCourse.Start(CourseId.New(), ClientRef.From("c-2"), Ipt.Domain.Adaptations.BuiltInProtocols.All.First(p => p.Id != "ipt"), StoreCourses.Day1);
        await Store().AppendAsync(ipt.Id, 0, ipt.History);
        await Store().AppendAsync(brief.Id, 0, brief.History);
        ICourseStore onlyIpt = Store(ProtocolCatalog.Create([StandardIpt.Definition]).Value);

        Result<TreatmentCourse> r = await onlyIpt.LoadAsync(brief.Id);
        Assert.Equal(StoreErrors.ProtocolUnknown, r.Error?.Code);
        Assert.Contains(brief.Id.ToString(), r.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("version 1", r.Error.Message, StringComparison.Ordinal);
        Assert.True((await onlyIpt.LoadAsync(ipt.Id)).IsSuccess);
    }

    [Fact]
    public async Task A_corrupted_row_is_a_typed_error_naming_course_and_version_without_content_and_other_courses_load()
    {
        ICourseStore store = Store();
        TreatmentCourse damaged = StoreCourses.Rich();
        TreatmentCourse intact = StoreCourses.Rich();
        await store.AppendAsync(damaged.Id, 0, damaged.History);
        await store.AppendAsync(intact.Id, 0, intact.History);
        await OverwriteRowAsync(damaged.Id, 2, "{\"$type\":\"session-recorded\",\"number\":\"one\",\"note\":\"" + StoreCourses.SecretNote + "\"}", 1);

        Result<TreatmentCourse> r = await store.LoadAsync(damaged.Id);
        Assert.Equal(StoreErrors.RowCorrupt, r.Error?.Code);
        Assert.Contains(damaged.Id + ", event version 2", r.Error!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("brother", r.Error.Message, StringComparison.Ordinal);
        Assert.Equal(intact.ToSnapshot(), (await store.LoadAsync(intact.Id)).Value.ToSnapshot());
    }

    [Fact]
    public async Task A_row_from_a_newer_event_schema_is_refused_naming_course_and_version()
    {
        ICourseStore store = Store();
        TreatmentCourse live = StoreCourses.Rich();
        await store.AppendAsync(live.Id, 0, live.History);
        await OverwriteRowAsync(live.Id, 3, StoredEvents.Serialize(live.History[2]), StoredEvents.SchemaVersion + 1);

        Result<TreatmentCourse> r = await store.LoadAsync(live.Id);
        Assert.Equal(StoreErrors.SchemaNewer, r.Error?.Code);
        Assert.Contains(live.Id + ", event version 3", r.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_history_that_does_not_replay_is_a_typed_error_keeping_the_rule_code()
    {
        ICourseStore store = Store();
        TreatmentCourse live = StoreCourses.Rich();
        await store.AppendAsync(live.Id, 0, live.History);
        // session 2 stored as session 5: replay detects the gap
        var wrong = new SessionRecorded(StoreCourses.Day1.AddDays(7), 5, Attendance.Attended, SessionModality.InPerson, SessionParticipants.ClientOnly, null);
        int v = live.History.Select((e, i) => (e, i)).First(x => x.e is SessionRecorded { Number: 2 }).i + 1;
        await OverwriteRowAsync(live.Id, v, StoredEvents.Serialize(wrong), 1);

        Result<TreatmentCourse> r = await store.LoadAsync(live.Id);
        Assert.Equal(StoreErrors.HistoryInvalid, r.Error?.Code);
        Assert.Contains(CourseErrors.HistorySessionNumberMismatch, r.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_unit_of_work_runs_a_command_and_appends_it()
    {
        ICourseStore store = Store();
        var work = new CourseUnitOfWork(store);
        TreatmentCourse live = StoreCourses.New();
        Assert.True((await work.StartAsync(live)).IsSuccess);

        var done = await work.ExecuteAsync(live.Id, c => c.RecordSession(StoreCourses.Day1, Attendance.Attended), "s-1");
        Assert.True(done.IsSuccess, done.Error?.ToString());
        Assert.Equal(1, done.Value.Value!.Number);
        Assert.Equal(2, done.Value.Version);
        Assert.False(done.Value.AlreadyApplied);

        var again = await work.ExecuteAsync(live.Id, c => c.RecordSession(StoreCourses.Day1, Attendance.Attended), "s-1");
        Assert.True(again.Value.AlreadyApplied);
        Assert.Equal(2, again.Value.Version);
        Assert.Equal(2, (await store.LoadAsync(live.Id)).Value.Version);
    }

    [Fact]
    public async Task The_unit_of_work_returns_a_refused_command_and_writes_nothing()
    {
        ICourseStore store = Store();
        var work = new CourseUnitOfWork(store);
        TreatmentCourse live = StoreCourses.New();
        await work.StartAsync(live);
        var refused = await work.ExecuteAsync(live.Id, c => c.Fire(CourseTrigger.BeginMiddlePhase, StoreCourses.Day1));
        Assert.True(refused.IsFailure);
        Assert.StartsWith("phase.", refused.Error!.Code, StringComparison.Ordinal);
        Assert.Equal(1, (await store.LoadAsync(live.Id)).Value.Version);
    }

    [Fact]
    public async Task Concurrent_units_of_work_on_one_course_retry_until_every_command_is_stored_once()
    {
        ICourseStore store = Store();
        var work = new CourseUnitOfWork(store, maxAttempts: 50);
        TreatmentCourse live = StoreCourses.New();
        await work.StartAsync(live);
        const int writers = 8;
        var results = await Task.WhenAll(Enumerable.Range(0, writers).Select(i => Task.Run(() =>
            work.ExecuteAsync(live.Id, c => c.NumberedMeasure(i, [i % 4, 1, 1, 1, 1, 1, 1, 1, 0]), "w-" + i))));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.ToString()));
        TreatmentCourse stored = (await store.LoadAsync(live.Id)).Value;
        Assert.Equal(writers, stored.Measures().Count);
        Assert.Equal(1 + writers, stored.Version);
    }

    [Fact]
    public async Task After_a_lost_race_the_unit_of_work_reloads_and_runs_the_command_on_the_new_state()
    {
        ICourseStore store = Store();
        TreatmentCourse live = StoreCourses.New();
        await store.AppendAsync(live.Id, 0, live.History);
        var interfering = new InterferingStore(store, async () =>
        {
            TreatmentCourse other = (await store.LoadAsync(live.Id)).Value;
            other.RecordSession(StoreCourses.Day1, Attendance.Attended);
            await store.AppendAsync(live.Id, other.Version - 1, [other.History[^1]], "other");
        });

        var done = await new CourseUnitOfWork(interfering).ExecuteAsync(live.Id, c => c.RecordSession(StoreCourses.Day1.AddDays(7), Attendance.NoShow), "mine");

        Assert.True(done.IsSuccess, done.Error?.ToString());
        Assert.Equal(2, done.Value.Attempts);
        Assert.Equal(2, done.Value.Value!.Number);   // run again on the reloaded course, after the other writer's session
        Assert.Equal(2, (await store.LoadAsync(live.Id)).Value.Sessions.Count);
    }

    [Fact]
    public async Task A_conflict_on_every_attempt_is_returned_after_the_bound()
    {
        ICourseStore store = Store();
        TreatmentCourse live = StoreCourses.New();
        await store.AppendAsync(live.Id, 0, live.History);
        int n = 0;
        var interfering = new InterferingStore(store, async () =>
        {
            TreatmentCourse other = (await store.LoadAsync(live.Id)).Value;
            // A different instrument each time: an instrument is recorded once per clinical date.
            string instrument = n % 3 == 0 ? "phq-9" : n % 3 == 1 ? "gad-7" : "ham-d-17";
            Assert.True(other.RecordMeasure(instrument, new int[n % 3 == 0 ? 9 : n % 3 == 1 ? 7 : 17], StoreCourses.Day1).IsSuccess);
            await store.AppendAsync(live.Id, other.Version - 1, [other.History[^1]], "other-" + n++);
        }, always: true);

        var done = await new CourseUnitOfWork(interfering, maxAttempts: 3).ExecuteAsync(live.Id, c => c.RecordSession(StoreCourses.Day1, Attendance.Attended));

        Assert.Equal(PersistenceErrors.VersionConflict, done.Error?.Code);
        Assert.Equal(3, n);
        Assert.Empty((await store.LoadAsync(live.Id)).Value.Sessions);
    }

    [Fact]
    public async Task A_repeated_command_id_is_answered_with_the_original_outcome_and_appends_nothing()
    {
        ICourseStore store = Store();
        var work = new CourseUnitOfWork(store);
        TreatmentCourse live = StoreCourses.New();
        await work.StartAsync(live);
        var first = await work.ExecuteAsync(live.Id, c => c.RecordSession(StoreCourses.Day1, Attendance.Attended), "appt-1");
        Assert.True(first.IsSuccess, first.Error?.ToString());

        // The same id with a different command body: the course answers from its history and the body never runs.
        bool ran = false;
        var repeat = await work.ExecuteAsync(live.Id, c => { ran = true; return c.RecordSession(StoreCourses.Day1.AddDays(7), Attendance.NoShow); }, "appt-1");

        Assert.True(repeat.IsSuccess, repeat.Error?.ToString());
        Assert.False(ran);
        Assert.True(repeat.Value.AlreadyApplied);
        Assert.Equal(first.Value.Value, repeat.Value.Value);           // the original SessionRecorded, attended, number 1
        Assert.Equal(first.Value.Events, repeat.Value.Events);
        Assert.Equal(2, repeat.Value.Version);
        IReadOnlyList<CourseEvent> history = (await store.ReadHistoryAsync(live.Id)).Value;
        Assert.Equal(2, history.Count);
        Assert.Equal("appt-1", history[1].CommandId);                   // the id travels in the stored event itself
    }

    [Fact]
    public async Task A_retry_after_losing_to_the_same_command_never_duplicates_even_on_a_store_blind_to_command_ids()
    {
        ICourseStore real = Store();
        TreatmentCourse live = StoreCourses.New();
        await real.AppendAsync(live.Id, 0, live.History);
        ICourseStore blind = new CommandBlindStore(real);

        // Another writer runs the very same command (same id) and appends just before this writer's append.
        var interfering = new InterferingStore(blind, async () =>
        {
            TreatmentCourse other = (await real.LoadAsync(live.Id)).Value;
            Assert.True(other.ExecuteOnce("appt-9", c => c.RecordMeasure("phq-9", [1, 1, 1, 1, 1, 1, 1, 1, 1], StoreCourses.Day1)).IsSuccess);
            Assert.True((await real.AppendAsync(live.Id, 1, ConcurrencyCheck.PendingEvents(other, 1).Value)).IsSuccess);
        });

        var done = await new CourseUnitOfWork(interfering).ExecuteAsync(
            live.Id, c => c.RecordMeasure("phq-9", [1, 1, 1, 1, 1, 1, 1, 1, 1], StoreCourses.Day1), "appt-9");

        Assert.True(done.IsSuccess, done.Error?.ToString());
        Assert.Equal(2, done.Value.Attempts);                           // lost the race, reloaded, found its id
        Assert.True(done.Value.AlreadyApplied);
        Assert.Equal(3, done.Value.Version);                            // the measure and the safety concern it raised
        Assert.Equal([typeof(MeasureRecorded), typeof(SafetyConcernRaised)], done.Value.Events.Select(e => e.GetType()));
        TreatmentCourse stored = (await real.LoadAsync(live.Id)).Value;
        Assert.Single(stored.Measures());
        Assert.Equal(3, stored.Version);
    }

    /// <summary>A store that drops every command id on append and never finds one: duplicates can only be stopped by
    /// the course itself.</summary>
    private sealed class CommandBlindStore(ICourseStore inner) : ICourseStore
    {
        public Task<Result<TreatmentCourse>> LoadAsync(CourseId id, CancellationToken cancellationToken = default) => inner.LoadAsync(id, cancellationToken);

        public Task<Result<IReadOnlyList<CourseEvent>>> ReadHistoryAsync(CourseId id, CancellationToken cancellationToken = default) => inner.ReadHistoryAsync(id, cancellationToken);

        public Task<Result<AppendOutcome>> AppendAsync(CourseId id, int expectedVersion, IReadOnlyList<CourseEvent> events, string? commandId = null, CancellationToken cancellationToken = default) =>
            inner.AppendAsync(id, expectedVersion, events, null, cancellationToken);

        public Task<Result<int?>> FindCommandAsync(CourseId id, string commandId, CancellationToken cancellationToken = default) =>
            Task.FromResult(Result.Success<int?>(null));
    }
}
