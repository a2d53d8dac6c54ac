using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Tests.Architecture;

/// <summary>The suite knows which of the library's target-framework builds it is testing (docs/testing.md).</summary>
public class TargetFrameworkTests
{
    [Fact]
    public void The_suite_runs_against_the_library_build_it_was_asked_for()
    {
        string requested = typeof(TargetFrameworkTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "IptLibraryTargetFramework").Value ?? string.Empty;
        string expected = requested.Length == 0 ? ".NETCoreApp,Version=v10.0" : requested switch
        {
            "net8.0" => ".NETCoreApp,Version=v8.0",
            "net10.0" => ".NETCoreApp,Version=v10.0",
            _ => "unknown target framework " + requested,
        };

        string? actual = typeof(StandardIpt).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;
        Assert.Equal(expected, actual);
    }
}
