using System;
using System.Threading.Tasks;
using Ipt.Domain.Courses;
using Ipt.Domain.Persistence;
using Ipt.Domain.Primitives;
using Microsoft.Data.Sqlite;

namespace Ipt.Domain.Integration.Tests.Storage;

public sealed class SqliteSchemaTests : SqliteTestBase
{
    [Fact]
    public async Task The_first_use_creates_a_versioned_wal_schema_with_one_row_per_event()
    {
        var course = StoreCourses.Rich();
        await NewStore().AppendAsync(course.Id, 0, course.History, "start");
        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode"));
        Assert.Equal(1L, await ScalarAsync("PRAGMA user_version"));
        Assert.Equal((long)course.Version, await ScalarAsync("SELECT COUNT(*) FROM ipt_course_events"));
        Assert.Equal("course-started", await ScalarAsync("SELECT type FROM ipt_course_events WHERE version = 1"));
        Assert.Equal("start", await ScalarAsync("SELECT command_id FROM ipt_course_events WHERE version = " + course.Version));
        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(*) FROM ipt_course_events WHERE command_id IS NOT NULL"));
    }

    [Fact]
    public async Task The_unique_key_refuses_a_second_row_at_the_same_version_even_outside_the_store()
    {
        var course = StoreCourses.New();
        await NewStore().AppendAsync(course.Id, 0, course.History);
        var ex = await Assert.ThrowsAsync<SqliteException>(() => ScalarAsync(
            "INSERT INTO ipt_course_events (course_id, version, type, schema_version, data) VALUES ('" + course.Id + "', 1, 'x', 1, '{}')"));
        Assert.Equal(19, ex.SqliteErrorCode);
    }

    [Fact]
    public async Task A_file_from_a_newer_store_schema_is_refused_with_a_typed_error()
    {
        await ScalarAsync("PRAGMA user_version = 2");
        CourseId id = CourseId.New();
        Result<TreatmentCourse> r = await NewStore().LoadAsync(id);
        Assert.Equal(StoreErrors.SchemaNewer, r.Error?.Code);
        Assert.StartsWith("Course " + id + ": ", r.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("than version 1;", r.Error.Message, StringComparison.Ordinal);   // the store schema this package reads
        Assert.Equal(r.Error, (await NewStore().ReadHistoryAsync(id)).Error);
        var course = StoreCourses.New();
        Assert.Equal(StoreErrors.SchemaNewer, (await NewStore().AppendAsync(course.Id, 0, course.History)).Error?.Code);
    }

    [Fact]
    public async Task Two_stores_on_one_file_see_each_others_appends_and_conflict()
    {
        var a = NewStore();
        var b = NewStore();
        var course = StoreCourses.New();
        await a.AppendAsync(course.Id, 0, course.History);
        TreatmentCourse viaB = (await b.LoadAsync(course.Id)).Value;
        viaB.RecordSession(StoreCourses.Day1, Ipt.Domain.Primitives.Attendance.Attended);
        Assert.True((await b.AppendAsync(course.Id, 1, [viaB.History[^1]])).IsSuccess);
        Assert.Equal(PersistenceErrors.VersionConflict, (await a.AppendAsync(course.Id, 1, [viaB.History[^1]])).Error?.Code);
        Assert.Equal(2, (await a.LoadAsync(course.Id)).Value.Version);
    }

    [Fact]
    public async Task An_unreachable_file_is_store_unavailable_not_an_exception()
    {
        var store = new Ipt.Domain.Storage.Sqlite.SqliteCourseStore(
            new Ipt.Domain.Storage.Sqlite.SqliteCourseStoreOptions { ConnectionString = "Data Source=/proc/no-such-dir/ipt.db" },
            Ipt.Domain.Adaptations.BuiltInProtocols.Catalog);
        var course = StoreCourses.New();
        Result<AppendOutcome> r = await store.AppendAsync(course.Id, 0, course.History);
        Assert.Equal(StoreErrors.Unavailable, r.Error?.Code);
    }
}
