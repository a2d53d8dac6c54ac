using System;
using FsCheck.Xunit;

namespace Ipt.Domain.Tests;

/// <summary>
/// An FsCheck.Xunit <see cref="PropertyAttribute"/> whose case count follows <see cref="TestSettings.Cases"/>:
/// the given count normally, ten times as many with <c>IPT_DEEP_TESTS=1</c>, a tenth (at least 10) with
/// <c>IPT_QUICK_TESTS=1</c>. A failing property prints its shrunk counterexample and a replay seed; paste it as
/// <c>Replay = "(…)"</c> on the attribute to rerun exactly that case (docs/testing.md).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class IptPropertyAttribute : PropertyAttribute
{
    /// <summary>A property checked on <paramref name="cases"/> cases, scaled by the environment.</summary>
    /// <param name="cases">The normal number of cases.</param>
    public IptPropertyAttribute(int cases = 100)
    {
        MaxTest = TestSettings.Cases(cases);
        QuietOnSuccess = true;
    }
}
