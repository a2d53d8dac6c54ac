// Ipt.Domain benchmarks.
//   dotnet run -c Release --project benchmarks/Ipt.Domain.Benchmarks -- --filter '*'            (default job)
//   dotnet run -c Release --project benchmarks/Ipt.Domain.Benchmarks -- --quick --filter '*'    (ShortRun, in-process)
//   dotnet run -c Release --project benchmarks/Ipt.Domain.Benchmarks -- --filter '*' --job dry --inProcess   (CI smoke)
//   dotnet run -c Release --project benchmarks/Ipt.Domain.Benchmarks -- --profile json 100000   (a plain loop for a profiler)
using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Ipt.Domain.Benchmarks;

if (args.Length >= 1 && args[0] == ProfileLoop.Argument)
{
    return ProfileLoop.Run(args.Length >= 2 ? args[1] : "json", args.Length >= 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
}

bool quick = args.Contains(BenchmarkConfig.QuickArgument, StringComparer.Ordinal);
string[] rest = args.Where(a => !string.Equals(a, BenchmarkConfig.QuickArgument, StringComparison.Ordinal)).ToArray();

IEnumerable<Summary> summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(rest, BenchmarkConfig.Create(quick));

Summary[] results = summaries.ToArray();

// A filter that matches nothing makes BenchmarkDotNet print a hint and exit 0; do not let that pass silently.
bool listing = rest.Any(a => a.StartsWith("--list", StringComparison.Ordinal) || a is "--help" or "-h" or "--version" or "--info");
if (results.Length == 0 && rest.Contains("--filter", StringComparer.Ordinal) && !listing)
{
    Console.Error.WriteLine("benchmarks: the filter matched no benchmark.");
    return 2;
}

// A benchmark that threw, or a configuration BenchmarkDotNet rejected, must fail the process (and CI).
bool failed = results.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
return failed ? 1 : 0;
