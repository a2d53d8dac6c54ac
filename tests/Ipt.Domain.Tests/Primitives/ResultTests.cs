using Ipt.Domain.Primitives;

namespace Ipt.Domain.Tests.Primitives;

public class ResultTests
{
    [Fact]
    public void Success_exposes_value_and_no_error()
    {
        Result<int> r = 5;
        Assert.True(r.IsSuccess);
        Assert.Equal(5, r.Value);
        Assert.Null(r.Error);
    }
}
