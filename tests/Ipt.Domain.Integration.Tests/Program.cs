using System;
using System.Threading.Tasks;
using Ipt.Domain.Integration.Tests.Storage;

namespace Ipt.Domain.Integration.Tests;

/// <summary>The test assembly's own entry point (the test SDK's generated one is switched off). The test runner never
/// calls it; the SQLite kill test starts this assembly as a child process (<c>dotnet Ipt.Domain.Integration.Tests.dll
/// sqlite-writer …</c>) so the process it kills is a real writer and not the test runner.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == SqliteKillTests.WriterMode)
        {
            return await SqliteKillTests.RunWriterAsync(args.AsSpan(1).ToArray());
        }

        Console.Error.WriteLine("This is a test assembly: run it with dotnet test.");
        return 2;
    }
}
