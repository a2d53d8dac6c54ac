using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.DependencyInjection;
using Ipt.Domain.Persistence;
using Ipt.Domain.Primitives;
using Ipt.Domain.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Ipt.Domain.Integration.Tests.Storage;

/// <summary>The SQLite store's own settings, registration and refusals, beside the shared contract.</summary>
public sealed class SqliteStoreRuleTests : SqliteTestBase
{
    [Fact]
    public void The_settings_default_to_a_local_file_and_a_30_second_busy_wait_and_are_checked()
    {
        var defaults = new SqliteCourseStoreOptions();
        Assert.Equal("Data Source=ipt.db", defaults.ConnectionString);
        Assert.Equal(30, defaults.BusyTimeoutSeconds);

        Assert.Throws<ArgumentNullException>(() => new SqliteCourseStore(null!, BuiltInProtocols.Catalog));
        Assert.Throws<ArgumentNullException>(() => new SqliteCourseStore(new SqliteCourseStoreOptions { ConnectionString = ConnectionString }, null!));
        Assert.ThrowsAny<ArgumentException>(() => new SqliteCourseStore(new SqliteCourseStoreOptions { ConnectionString = " " }, BuiltInProtocols.Catalog));
        foreach (int outside in new[] { -1, 0, 3601 }) // 0 would be no limit to the driver, not "do not wait"
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new SqliteCourseStore(new SqliteCourseStoreOptions { ConnectionString = ConnectionString, BusyTimeoutSeconds = outside }, BuiltInProtocols.Catalog));
        }

        Assert.NotNull(new SqliteCourseStore(new SqliteCourseStoreOptions { ConnectionString = ConnectionString, BusyTimeoutSeconds = 1 }, BuiltInProtocols.Catalog));
        Assert.NotNull(new SqliteCourseStore(new SqliteCourseStoreOptions { ConnectionString = ConnectionString, BusyTimeoutSeconds = 3600 }, BuiltInProtocols.Catalog));
    }

    [Fact]
    public async Task A_writer_waits_the_busy_timeout_for_another_writers_lock_then_the_call_is_unavailable_and_writes_nothing()
    {
        SqliteCourseStore store = new(new SqliteCourseStoreOptions { ConnectionString = ConnectionString, BusyTimeoutSeconds = 1 }, BuiltInProtocols.Catalog);
        TreatmentCourse course = StoreCourses.New();
        Assert.True((await store.AppendAsync(course.Id, 0, course.History)).IsSuccess);

        await using (var other = new SqliteConnection(ConnectionString))
        {
            await other.OpenAsync();
            using SqliteTransaction held = other.BeginTransaction(deferred: false); // another process's BEGIN IMMEDIATE
            TreatmentCourse second = StoreCourses.New();
            var waited = System.Diagnostics.Stopwatch.StartNew();
            Result<AppendOutcome> r = await store.AppendAsync(second.Id, 0, second.History);
            waited.Stop();
            Assert.Equal(StoreErrors.Unavailable, r.Error?.Code);
            Assert.InRange(waited.Elapsed.TotalSeconds, 0.9, 20); // it waited for the lock, and not without limit
            held.Rollback();
            Assert.Equal(StoreErrors.CourseNotFound, (await store.LoadAsync(second.Id)).Error?.Code);
        }

        Assert.Equal(1, (await store.LoadAsync(course.Id)).Value.Version);
    }

    [Fact]
    public async Task Registered_with_the_container_the_store_and_the_unit_of_work_record_a_course_in_the_file()
    {
        using ServiceProvider provider = new ServiceCollection().AddIptDomain().AddIptSqliteStore(ConnectionString, o => o.BusyTimeoutSeconds = 5).BuildServiceProvider();
        ICourseStore store = provider.GetRequiredService<ICourseStore>();
        CourseUnitOfWork work = provider.GetRequiredService<CourseUnitOfWork>();
        Assert.IsType<SqliteCourseStore>(store);
        Assert.Same(store, provider.GetRequiredService<ICourseStore>());
        Assert.Same(work, provider.GetRequiredService<CourseUnitOfWork>());

        TreatmentCourse course = StoreCourses.New();
        Assert.True((await work.StartAsync(course)).IsSuccess);
        Assert.True((await work.ExecuteAsync(course.Id, c => c.RecordSession(StoreCourses.Day1, Attendance.Attended), "s-1")).IsSuccess);

        Assert.Equal(2, (await NewStore().LoadAsync(course.Id)).Value.Version);   // in the file, read by another store
    }

    [Fact]
    public void Registration_checks_its_arguments_applies_the_settings_and_keeps_a_store_registered_before()
    {
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => IptSqliteServiceCollectionExtensions.AddIptSqliteStore(null!, ConnectionString)).ParamName);
        Assert.ThrowsAny<ArgumentException>(() => new ServiceCollection().AddIptSqliteStore(" "));

        using ServiceProvider bad = new ServiceCollection().AddIptDomain().AddIptSqliteStore(ConnectionString, o => o.BusyTimeoutSeconds = -1).BuildServiceProvider();
        Assert.Throws<ArgumentOutOfRangeException>(() => bad.GetRequiredService<ICourseStore>());

        var mine = new SqliteCourseStore(new SqliteCourseStoreOptions { ConnectionString = ConnectionString }, BuiltInProtocols.Catalog);
        using ServiceProvider kept = new ServiceCollection().AddIptDomain().AddSingleton<ICourseStore>(mine).AddIptSqliteStore("Data Source=other.db").BuildServiceProvider();
        Assert.Same(mine, kept.GetRequiredService<ICourseStore>());
        Assert.NotNull(kept.GetRequiredService<CourseUnitOfWork>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData(null)]
    public async Task Looking_up_a_malformed_command_id_is_refused(string? commandId)
    {
        Result<int?> r = await NewStore().FindCommandAsync(CourseId.New(), commandId!);
        Assert.Equal(StoreErrors.CommandIdInvalid, r.Error?.Code);
    }

    [Fact]
    public async Task An_append_on_a_stale_version_names_both_versions()
    {
        SqliteCourseStore store = NewStore();
        TreatmentCourse course = StoreCourses.New();
        Assert.True(course.RecordSession(StoreCourses.Day1, Attendance.Attended).IsSuccess);
        Assert.True((await store.AppendAsync(course.Id, 0, course.History)).IsSuccess);
        TreatmentCourse loaded = (await store.LoadAsync(course.Id)).Value;
        Assert.True(loaded.RecordSession(StoreCourses.Day1.AddDays(7), Attendance.Attended).IsSuccess);

        Result<AppendOutcome> stale = await store.AppendAsync(course.Id, 1, [loaded.History[^1]]);

        Assert.Equal(PersistenceErrors.VersionConflict, stale.Error?.Code);
        Assert.Equal(ConcurrencyCheck.Verify(2, 1).Error, stale.Error);
        Assert.Equal(2, (await store.LoadAsync(course.Id)).Value.Version);
        Assert.Null((await store.FindCommandAsync(course.Id, "never-sent")).Value);
    }

    [Fact]
    public async Task A_data_column_that_is_not_text_is_a_corrupt_row_at_its_version()
    {
        SqliteCourseStore store = NewStore();
        TreatmentCourse course = StoreCourses.New();
        Assert.True(course.RecordSession(StoreCourses.Day1, Attendance.Attended).IsSuccess);
        Assert.True((await store.AppendAsync(course.Id, 0, course.History)).IsSuccess);
        string second = " WHERE course_id = '" + course.Id + "' AND version = 2";
        await ScalarAsync("UPDATE ipt_course_events SET data = CAST(data AS BLOB)" + second);   // the same JSON, as bytes
        Assert.Equal("blob", await ScalarAsync("SELECT typeof(data) FROM ipt_course_events" + second));

        Result<TreatmentCourse> r = await store.LoadAsync(course.Id);

        Assert.Equal(StoreErrors.RowCorrupt, r.Error?.Code);
        Assert.StartsWith("Course " + course.Id + ", event version 2: ", r.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(StoreErrors.RowCorrupt, (await store.ReadHistoryAsync(course.Id)).Error?.Code);
    }

    [Fact]
    public async Task A_canceled_call_is_a_canceled_task_and_touches_nothing()
    {
        SqliteCourseStore store = NewStore();
        TreatmentCourse course = StoreCourses.New();
        using var canceled = new CancellationTokenSource();
        canceled.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.AppendAsync(course.Id, 0, course.History, "start-1", canceled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.LoadAsync(course.Id, canceled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ReadHistoryAsync(course.Id, canceled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.FindCommandAsync(course.Id, "start-1", canceled.Token));

        Assert.False(File.Exists(Path.Combine(Directory, "ipt.db")));   // nothing was opened, so no file was created
        Assert.Equal(StoreErrors.CourseNotFound, (await store.LoadAsync(course.Id)).Error?.Code);
    }
}
