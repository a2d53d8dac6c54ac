using System.Threading.Tasks;
using Ipt.Domain.Storage.Marten;
using Xunit.Abstractions;

namespace Ipt.Domain.Integration.Tests.Storage;

/// <summary>16 writers x 500 commands over 200 courses, with conflicts and re-sends: nothing lost, nothing doubled,
/// every course replays. The rate is printed, not asserted (speed is BenchmarkDotNet's job).</summary>
public sealed class SqliteLoadTests(ITestOutputHelper output) : SqliteTestBase
{
    [Fact]
    public async Task Sixteen_writers_lose_and_duplicate_nothing()
    {
        var run = new LoadRun(NewStore(), writers: 16, commandsPerWriter: 500, courses: 200);
        await run.StartCoursesAsync();
        var elapsed = await run.RunAsync();
        await run.VerifyAsync();
        Assert.Equal(16 * 500, run.Acknowledged);
        output.WriteLine($"SQLite: {run.Acknowledged} commands in {elapsed.TotalSeconds:F1} s = {run.Acknowledged / elapsed.TotalSeconds:F0} commands/s");
    }
}

[Collection(PostgresServer.Collection)]
public sealed class MartenLoadTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Sixteen_writers_lose_and_duplicate_nothing()
    {
        MartenCourseStore store = PostgresServer.Store(typeof(MartenLoadTests));
        var run = new LoadRun(store, writers: 16, commandsPerWriter: 500, courses: 200);
        await run.StartCoursesAsync();
        var elapsed = await run.RunAsync();
        await run.VerifyAsync();
        Assert.Equal(16 * 500, run.Acknowledged);
        output.WriteLine($"PostgreSQL (Marten, caseload on): {run.Acknowledged} commands in {elapsed.TotalSeconds:F1} s = {run.Acknowledged / elapsed.TotalSeconds:F0} commands/s");
    }
}
