using System;

namespace Ipt.Domain.Tests;

/// <summary>Case counts for properties; <c>IPT_DEEP_TESTS=1</c> raises them tenfold for a deeper local run.</summary>
internal static class TestSettings
{
    public static bool Deep { get; } = Environment.GetEnvironmentVariable("IPT_DEEP_TESTS") == "1";

    public static int Cases(int normal) => Deep ? normal * 10 : normal;
}
