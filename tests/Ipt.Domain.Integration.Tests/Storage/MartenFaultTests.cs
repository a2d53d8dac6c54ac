using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Ipt.Domain.Storage.Marten;
using Xunit.Abstractions;

namespace Ipt.Domain.Integration.Tests.Storage;

/// <summary>PostgreSQL is stopped with <c>pg_ctl -m immediate</c> (a crash) in the middle of a load and restarted, three
/// times: callers get <c>store.unavailable</c>, never an unhandled exception; they send the same command again; every
/// acknowledged command is stored exactly once and every course replays.</summary>
[Collection(PostgresServer.Collection)]
public sealed class MartenFaultTests(ITestOutputHelper output)
{
    private static string Env(string name) => (PostgresServer.ConnectionString() is { } && Environment.GetEnvironmentVariable(name) is { Length: > 0 } v) ? v : throw new InvalidOperationException(
        name + " is not set: run the PostgreSQL fault test with build/with-postgres.sh dotnet test tests/Ipt.Domain.Integration.Tests (it sets IPT_POSTGRES, IPT_POSTGRES_CTL, IPT_POSTGRES_DATA, IPT_POSTGRES_OPTIONS and IPT_POSTGRES_LOG).");

    private static async Task PgCtlAsync(string arguments)
    {
        string command = Env("IPT_POSTGRES_CTL") + " -D " + Env("IPT_POSTGRES_DATA") + " " + arguments;
        bool root = Environment.UserName == "root";
        var start = new ProcessStartInfo(root ? "su" : "/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in root ? ["postgres", "-s", "/bin/sh", "-c", command] : new[] { "-c", command })
        {
            start.ArgumentList.Add(a);
        }

        using Process p = Process.Start(start)!;
        string err = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.True(p.ExitCode == 0, "pg_ctl " + arguments + " failed: " + err);
    }

    [Fact]
    public async Task Three_crashes_of_the_server_mid_load_lose_and_duplicate_nothing()
    {
        string options = Env("IPT_POSTGRES_OPTIONS");
        string log = Env("IPT_POSTGRES_LOG");
        MartenCourseStore store = PostgresServer.Store(typeof(MartenFaultTests));
        var run = new LoadRun(store, writers: 8, commandsPerWriter: 120, courses: 40);
        await run.StartCoursesAsync();

        int[] thresholds = [150, 400, 650];
        int next = 0;
        var restarts = new System.Collections.Generic.List<Task>();
        var gate = new object();
        TimeSpan elapsed = await run.RunAsync(acknowledged =>
        {
            lock (gate)
            {
                if (next < thresholds.Length && acknowledged >= thresholds[next])
                {
                    next++;
                    restarts.Add(Task.Run(async () =>
                    {
                        await PgCtlAsync("-m immediate stop");
                        await Task.Delay(1000);
                        await PgCtlAsync("-o \"" + options + "\" -l " + log + " -w start");
                    }));
                }
            }

            return Task.CompletedTask;
        });
        await Task.WhenAll(restarts);

        await run.VerifyAsync();
        Assert.Equal(3, restarts.Count);
        Assert.Equal(8 * 120, run.Acknowledged);
        Assert.True(run.UnavailableReplies > 0, "no caller saw store.unavailable: the server was not down during the load");
        output.WriteLine($"{run.Acknowledged} commands through 3 crashes in {elapsed.TotalSeconds:F1} s; {run.UnavailableReplies} store.unavailable replies, each retried");
    }
}
