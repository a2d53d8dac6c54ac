using Ipt.Domain.Protocols;

namespace Ipt.Domain.Integration.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Core_package_is_reachable_from_the_integration_suite() =>
        Assert.Equal("ipt", StandardIpt.Definition.Id);
}
