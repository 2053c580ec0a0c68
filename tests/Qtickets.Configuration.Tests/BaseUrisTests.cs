namespace Qtickets.Configuration.Tests;

public sealed class BaseUrisTests
{
    [Theory]
    [InlineData("https://qtickets.example/api/rest/v1", "https://qtickets.example/api/rest/v1/")]
    [InlineData("https://qtickets.example/api/rest/v1/", "https://qtickets.example/api/rest/v1/")]
    [InlineData("http://127.0.0.1:8080", "http://127.0.0.1:8080/")]
    public void A_base_url_ends_in_exactly_one_slash(string configured, string expected)
    {
        Assert.Equal(expected, BaseUris.WithTrailingSlash(new Uri(configured)).AbsoluteUri);
    }

    [Fact]
    public void Relative_paths_resolve_under_the_base_not_beside_its_last_segment()
    {
        var orders = new Uri(BaseUris.WithTrailingSlash(new Uri("https://qtickets.example/api/rest/v1")), "orders");

        Assert.Equal("https://qtickets.example/api/rest/v1/orders", orders.AbsoluteUri);
    }
}
