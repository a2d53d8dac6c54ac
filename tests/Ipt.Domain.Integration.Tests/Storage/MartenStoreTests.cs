using System;
using System.Linq;
using System.Threading.Tasks;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Persistence;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Storage.Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Ipt.Domain.Integration.Tests.Storage;

/// <summary>The shared store contract on PostgreSQL through Marten, in this class's own schema.</summary>
[Collection(PostgresServer.Collection)]
public sealed class MartenStoreContractTests : CourseStoreContract
{
    private static string Schema => PostgresServer.SchemaOf(typeof(MartenStoreContractTests));

    protected override ICourseStore Store(IProtocolCatalog? catalog = null) => PostgresServer.Store(typeof(MartenStoreContractTests), catalog);

    protected override async Task OverwriteRowAsync(CourseId id, int version, string data, int schemaVersion)
    {
        await using var c = new NpgsqlConnection(PostgresServer.ConnectionString());
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            "UPDATE " + Schema + ".mt_events SET data = jsonb_set(jsonb_set(data, '{Data}', @d::jsonb), '{SchemaVersion}', to_jsonb(@s)) WHERE stream_id = @c AND version = @v", c);
        cmd.Parameters.AddWithValue("d", data);
        cmd.Parameters.AddWithValue("s", schemaVersion);
        cmd.Parameters.AddWithValue("c", id.Value);
        cmd.Parameters.AddWithValue("v", (long)version);
        Assert.Equal(1, await cmd.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task Events_are_stored_as_jsonb_in_the_library_contract_and_read_back_whatever_the_key_order()
    {
        ICourseStore store = Store();
        TreatmentCourse live = StoreCourses.Rich();
        await store.AppendAsync(live.Id, 0, live.History);
        await using var c = new NpgsqlConnection(PostgresServer.ConnectionString());
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT data->'Data'->>'$type', (data->'Data')::text FROM " + Schema + ".mt_events WHERE stream_id = @c ORDER BY version", c);
        cmd.Parameters.AddWithValue("c", live.Id.Value);
        await using NpgsqlDataReader r = await cmd.ExecuteReaderAsync();
        int i = 0;
        bool reordered = false;
        while (await r.ReadAsync())
        {
            Assert.Equal(StoredEvents.TypeOf(live.History[i]), r.GetString(0));
            reordered |= !r.GetString(1).StartsWith("{\"$type\"", StringComparison.Ordinal);
            i++;
        }

        Assert.Equal(live.Version, i);
        Assert.True(reordered, "jsonb kept $type first in every event: the any-order read is not exercised");
        Assert.Equal(Json(live.History), Json((await store.ReadHistoryAsync(live.Id)).Value));
    }
}

/// <summary>The caseload read model, in this class's own schema.</summary>
[Collection(PostgresServer.Collection)]
public sealed class MartenCaseloadTests
{
    private static MartenCourseStore Store() => PostgresServer.Store(typeof(MartenCaseloadTests));

    [Fact]
    public async Task The_caseload_answers_status_phase_safety_measures_overdue_and_tag_as_the_courses_say()
    {
        MartenCourseStore store = Store();
        var work = new CourseUnitOfWork(store);
        string tag = "clinic-" + Guid.NewGuid().ToString("N")[..8];   // isolates this test's rows
        TreatmentCourse fresh = StoreCourses.New();
        TreatmentCourse rich = StoreCourses.Rich();
        TreatmentCourse ended = StoreCourses.New();
        ended.Discontinue(StoreCourses.Day1.AddDays(3), DiscontinuationReason.ClientChoice);
        foreach (TreatmentCourse c in new[] { fresh, rich, ended })
        {
            Assert.True((await work.StartAsync(c)).IsSuccess);
            Assert.True((await store.TagAsync(c.Id, tag)).IsSuccess);
        }

        // a later append keeps the tag and moves the row on
        var moved = await work.ExecuteAsync(fresh.Id, c => c.RecordSession(StoreCourses.Day1, Attendance.Attended));
        Assert.True(moved.IsSuccess, moved.Error?.ToString());
        TreatmentCourse freshNow = (await store.LoadAsync(fresh.Id)).Value;

        async Task<Guid[]> Ids(CaseloadQuery q) => [.. (await store.QueryCaseloadAsync(q with { Tag = tag })).Value.Select(r => r.Id).Order()];
        Guid[] Expect(params TreatmentCourse[] cs) => [.. cs.Select(c => c.Id.Value).Order()];

        Assert.Equal(Expect(freshNow, rich, ended), await Ids(new CaseloadQuery()));
        Assert.Equal(Expect(ended), await Ids(new CaseloadQuery { Status = "discontinued" }));
        Assert.Equal(Expect(rich), await Ids(new CaseloadQuery { Status = "active", Phase = "middle" }));
        Assert.Equal(Expect(freshNow), await Ids(new CaseloadQuery { Phase = "initial" }));
        Assert.Equal(Expect([.. new[] { freshNow, rich, ended }.Where(c => c.OpenSafetyConcerns().Count > 0)]), await Ids(new CaseloadQuery { HasOpenSafetyConcern = true }));
        Assert.Contains(rich.Id.Value, await Ids(new CaseloadQuery { HasOpenSafetyConcern = true }));
        Assert.Equal(Expect([.. new[] { freshNow, rich, ended }.Where(c => c.MeasuresDue().Count > 0)]), await Ids(new CaseloadQuery { DueAMeasure = true }));

        // weekly cadence: the fresh course's one session was on day 1, so it is due by day 8 and overdue from day 9;
        // the rich course's latest session was on day 15 (due by day 22); the discontinued one is never overdue.
        Assert.Empty(await Ids(new CaseloadQuery { OverdueForSessionOn = StoreCourses.Day1.AddDays(7) }));
        Assert.Equal(Expect(freshNow), await Ids(new CaseloadQuery { OverdueForSessionOn = StoreCourses.Day1.AddDays(8) }));
        Assert.Equal(Expect(freshNow, rich), await Ids(new CaseloadQuery { OverdueForSessionOn = StoreCourses.Day1.AddDays(30) }));

        CourseCaseload row = (await store.QueryCaseloadAsync(new CaseloadQuery { Tag = tag, Status = "active", Phase = "middle" })).Value.Single();
        Assert.Equal(rich.Version, row.Version);
        Assert.Equal("ipt", row.ProtocolId);
        Assert.Equal(StoreCourses.Day1.AddDays(14), row.LastSessionOn);
    }

    [Fact]
    public async Task A_tag_set_while_other_writers_append_is_kept_and_never_puts_back_an_older_row()
    {
        MartenCourseStore store = Store();
        var work = new CourseUnitOfWork(store, maxAttempts: 100);
        TreatmentCourse live = StoreCourses.New();
        Assert.True((await work.StartAsync(live)).IsSuccess);
        for (int round = 0; round < 12; round++)
        {
            string tag = "clinic-" + round;
            int r = round;
            Task<Result<CommandOutcome<MeasureRecording>>>[] appends = [.. Enumerable.Range(0, 6).Select(w => Task.Run(() =>
                work.ExecuteAsync(live.Id, c => c.NumberedMeasure((r * 6) + w, [w % 4, r % 4, 1, 1, 1, 1, 1, 1, 0]), "r" + r + "-w" + w)))];
            await Task.Delay(r % 4);
            Result<Unit> tagged = await store.TagAsync(live.Id, tag);
            Assert.True(tagged.IsSuccess, tagged.Error?.ToString());
            foreach (var a in appends)
            {
                Assert.True((await a).IsSuccess);
            }

            CourseCaseload row = Assert.Single((await store.QueryCaseloadAsync(new CaseloadQuery { Tag = tag })).Value);
            int stored = (await store.LoadAsync(live.Id)).Value.Version;
            Assert.Equal(stored, row.Version);               // no older row written back by the tag
        }
    }

    [Fact]
    public async Task Tagging_a_course_that_is_not_stored_is_not_found()
    {
        Assert.Equal(StoreErrors.CourseNotFound, (await Store().TagAsync(CourseId.New(), "clinic-x")).Error?.Code);
    }

    [Fact]
    public async Task The_caseload_row_holds_no_client_reference_and_no_note()
    {
        MartenCourseStore store = Store();
        TreatmentCourse rich = StoreCourses.Rich();
        await store.AppendAsync(rich.Id, 0, rich.History);
        await using var c = new NpgsqlConnection(PostgresServer.ConnectionString());
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT data::text FROM " + PostgresServer.SchemaOf(typeof(MartenCaseloadTests)) + ".mt_doc_coursecaseload WHERE id = @id", c);
        cmd.Parameters.AddWithValue("id", rich.Id.Value);
        string json = (string)(await cmd.ExecuteScalarAsync())!;
        Assert.DoesNotContain("client-1042", json, StringComparison.Ordinal);
        Assert.DoesNotContain("brother", json, StringComparison.Ordinal);
        Assert.Contains("\"middle\"", json, StringComparison.Ordinal);
    }
}

/// <summary>The store with its own document store, and its registration with the container, each in its own schema.</summary>
[Collection(PostgresServer.Collection)]
public sealed class MartenRegistrationTests
{
    [Fact]
    public void The_settings_default_to_the_ipt_schema_with_the_caseload_and_creation_checks_them()
    {
        var defaults = new MartenCourseStoreOptions();
        Assert.Equal("", defaults.ConnectionString);
        Assert.Equal("ipt", defaults.SchemaName);
        Assert.True(defaults.Caseload);

        string cs = PostgresServer.ConnectionString();
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => MartenCourseStore.Create(null!, BuiltInProtocols.Catalog)).ParamName);
        Assert.ThrowsAny<ArgumentException>(() => MartenCourseStore.Create(new MartenCourseStoreOptions(), BuiltInProtocols.Catalog));
        Assert.ThrowsAny<ArgumentException>(() => MartenCourseStore.Create(new MartenCourseStoreOptions { ConnectionString = cs, SchemaName = " " }, BuiltInProtocols.Catalog));
        Assert.Equal("catalog", Assert.Throws<ArgumentNullException>(() => MartenCourseStore.Create(new MartenCourseStoreOptions { ConnectionString = cs }, null!)).ParamName);
    }

    [Fact]
    public async Task A_created_store_writes_to_its_own_schema_and_without_the_caseload_keeps_no_caseload_row()
    {
        string cs = PostgresServer.ConnectionString();
        string tag = "created-" + Guid.NewGuid().ToString("N")[..8];
        await using (MartenCourseStore store = MartenCourseStore.Create(new MartenCourseStoreOptions { ConnectionString = cs, SchemaName = "t_created" }, BuiltInProtocols.Catalog))
        {
            TreatmentCourse course = StoreCourses.New();
            Assert.True((await new CourseUnitOfWork(store).StartAsync(course)).IsSuccess);
            Assert.Equal(1, (await store.LoadAsync(course.Id)).Value.Version);
            Assert.Equal(1, await EventsIn(cs, "t_created", course.Id));
            Assert.True((await store.TagAsync(course.Id, tag)).IsSuccess);
            Assert.Equal([course.Id.Value], (await store.QueryCaseloadAsync(new CaseloadQuery { Tag = tag })).Value.Select(r => r.Id));
        }

        await using (MartenCourseStore bare = MartenCourseStore.Create(new MartenCourseStoreOptions { ConnectionString = cs, SchemaName = "t_created_bare", Caseload = false }, BuiltInProtocols.Catalog))
        {
            TreatmentCourse course = StoreCourses.New();
            Assert.True((await new CourseUnitOfWork(bare).StartAsync(course)).IsSuccess);
            Assert.Equal(1, (await bare.LoadAsync(course.Id)).Value.Version);
            Assert.Equal(1, await EventsIn(cs, "t_created_bare", course.Id));
            Assert.Equal(StoreErrors.CourseNotFound, (await bare.TagAsync(course.Id, tag)).Error?.Code); // no caseload row to tag
        }
    }

    [Fact]
    public async Task Disposing_a_store_over_a_document_store_it_was_given_leaves_that_document_store_open()
    {
        MartenCourseStore borrowed = PostgresServer.Store(typeof(MartenRegistrationTests));
        await borrowed.DisposeAsync();
        borrowed.Dispose();
        Assert.Equal(StoreErrors.CourseNotFound, (await PostgresServer.Store(typeof(MartenRegistrationTests)).LoadAsync(CourseId.New())).Error?.Code);
    }

    [Fact]
    public async Task Registered_with_the_container_the_store_and_the_unit_of_work_record_a_course_in_the_configured_schema()
    {
        string cs = PostgresServer.ConnectionString();
        await using ServiceProvider provider = new ServiceCollection().AddIptDomain().AddIptMartenStore(cs, o => o.SchemaName = "t_registered").BuildServiceProvider();
        ICourseStore store = provider.GetRequiredService<ICourseStore>();
        MartenCourseStore marten = provider.GetRequiredService<MartenCourseStore>();
        Assert.Same(marten, store);
        CourseUnitOfWork work = provider.GetRequiredService<CourseUnitOfWork>();
        Assert.Same(work, provider.GetRequiredService<CourseUnitOfWork>());

        TreatmentCourse course = StoreCourses.New();
        Assert.True((await work.StartAsync(course)).IsSuccess);
        Assert.Equal(1, await EventsIn(cs, "t_registered", course.Id));
        Assert.True((await marten.TagAsync(course.Id, "registered")).IsSuccess); // the caseload is on by default
    }

    [Fact]
    public void Registration_checks_its_arguments_and_keeps_a_store_registered_before()
    {
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => IptMartenServiceCollectionExtensions.AddIptMartenStore(null!, "Host=127.0.0.1")).ParamName);
        Assert.ThrowsAny<ArgumentException>(() => new ServiceCollection().AddIptMartenStore(" "));

        MartenCourseStore mine = PostgresServer.Store(typeof(MartenRegistrationTests));
        using ServiceProvider kept = new ServiceCollection().AddIptDomain().AddSingleton<ICourseStore>(mine).AddIptMartenStore("Host=127.0.0.1;Port=1").BuildServiceProvider();
        Assert.Same(mine, kept.GetRequiredService<ICourseStore>());
        Assert.NotNull(kept.GetRequiredService<CourseUnitOfWork>());
    }

    private static async Task<long> EventsIn(string connectionString, string schema, CourseId id)
    {
        await using var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM " + schema + ".mt_events WHERE stream_id = @c", c);
        cmd.Parameters.AddWithValue("c", id.Value);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
