using Qtickets.Api.Tests.Support;
using Qtickets.TestUtilities.Http;

namespace Qtickets.Api.Tests.Http;

/// <summary>A configured base URL is used as given, with or without its trailing slash.</summary>
public sealed class BaseUriTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5999/api/rest/v1")]
    [InlineData("http://127.0.0.1:5999/api/rest/v1/")]
    public async Task Requests_go_under_the_base_not_beside_its_last_segment(string configured)
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json("""{"data":{}}"""));
        var options = TestClient.Options() with { BaseUri = new Uri(configured) };

        await TestClient.Create(handler, options).GetSeatsAsync(70, CancellationToken.None);

        Assert.Equal("/api/rest/v1/shows/70/seats", Assert.Single(handler.Requests).Uri.AbsolutePath);
    }

    [Fact]
    public async Task A_base_that_is_only_a_host_gets_its_root_slash()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json("""{"data":{}}"""));
        var options = TestClient.Options() with { BaseUri = new Uri("http://127.0.0.1:5999") };

        await TestClient.Create(handler, options).GetSeatsAsync(70, CancellationToken.None);

        Assert.Equal("http://127.0.0.1:5999/shows/70/seats", Assert.Single(handler.Requests).Uri.AbsoluteUri);
    }
}
