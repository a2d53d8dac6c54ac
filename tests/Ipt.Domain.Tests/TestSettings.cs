using System;
using FsCheck;
using FsCheck.Fluent;

namespace Ipt.Domain.Tests;

/// <summary>
/// Case counts for properties. <c>IPT_DEEP_TESTS=1</c> raises them tenfold for a deeper local run;
/// <c>IPT_QUICK_TESTS=1</c> lowers them tenfold (at least 10 cases) for mutation testing, where the suite runs once per
/// mutant — a mutation score measured this way can only be lower than with the normal counts.
/// </summary>
internal static class TestSettings
{
    public static bool Deep { get; } = Environment.GetEnvironmentVariable("IPT_DEEP_TESTS") == "1";

    public static bool Quick { get; } = !Deep && Environment.GetEnvironmentVariable("IPT_QUICK_TESTS") == "1";

    public static int Cases(int normal) => Deep ? normal * 10 : Quick ? Math.Max(10, normal / 10) : normal;
}
