using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;

namespace Ipt.Domain.Integration.Tests.Storage;

/// <summary>
/// Starts a throwaway PostgreSQL server for this test process when <c>IPT_POSTGRES</c> is not set, so the README's
/// plain <c>dotnet test Ipt.Domain.sln</c> runs the Marten tests on a machine that has the PostgreSQL binaries (the
/// machine image does; <c>.ci/run</c> installs them when missing). It does what <c>build/with-postgres.sh</c> does:
/// <c>initdb</c> into a temporary folder as the <c>postgres</c> user (PostgreSQL refuses root), a free loopback
/// port, trust authentication, stopped (<c>-m immediate</c>) and deleted when the process exits. Without the binaries
/// it throws, so the tests fail with the reason; they never skip.
/// </summary>
internal static class PostgresSelfStart
{
    private static readonly Lazy<string> Started = new(Start);

    public static string ConnectionString() => Started.Value;

    private static string Start()
    {
        string bin = new[] { "/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/17/bin" }
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException(
                "The Marten store tests need PostgreSQL: no server was given in IPT_POSTGRES and no PostgreSQL binaries were found " +
                "in /usr/lib/postgresql/<15|16|17>/bin to start one (apt-get install -y postgresql).");

        string dir = Path.Combine(Path.GetTempPath(), "ipt-pg-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        bool root = Environment.UserName == "root";
        if (root)
        {
            Run("chown", "postgres", dir);
        }

        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        string data = Path.Combine(dir, "data");
        string log = Path.Combine(dir, "log");
        string ctl = Path.Combine(bin, "pg_ctl");
        string options = "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200";
        AsPostgres(root, Path.Combine(bin, "initdb") + " -D " + data + " -A trust -U postgres");
        AsPostgres(root, ctl + " -D " + data + " -o '" + options + "' -l " + log + " -w start");

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                AsPostgres(root, ctl + " -D " + data + " -m immediate stop");
                Directory.Delete(dir, recursive: true);
            }
            catch (InvalidOperationException)
            {
                // The server may already be down (a fault test stops it); the folder is in the temp directory.
            }
            catch (IOException)
            {
            }
        };

        string cs = "Host=127.0.0.1;Port=" + port + ";Username=postgres;Database=postgres";
        Environment.SetEnvironmentVariable("IPT_POSTGRES", cs);
        Environment.SetEnvironmentVariable("IPT_POSTGRES_DATA", data);
        Environment.SetEnvironmentVariable("IPT_POSTGRES_CTL", ctl);
        Environment.SetEnvironmentVariable("IPT_POSTGRES_OPTIONS", options);
        Environment.SetEnvironmentVariable("IPT_POSTGRES_LOG", log);
        return cs;
    }

    private static void AsPostgres(bool root, string command) =>
        Run(root ? "su" : "/bin/sh", root ? ["postgres", "-s", "/bin/sh", "-c", command + " > /dev/null"] : ["-c", command + " > /dev/null"]);

    private static void Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true };
        foreach (string a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using Process p = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + file + ".");
        string stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException(file + " " + string.Join(' ', arguments) + " failed (" + p.ExitCode + "): " + stderr);
        }
    }
}
