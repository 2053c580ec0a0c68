using System.Net;
using Qtickets.Simulator.Tests.Support;

namespace Qtickets.Simulator.Tests;

public sealed class AuthTests(DefaultSimulatorFixture fixture) : IClassFixture<DefaultSimulatorFixture>
{
    private SimulatorHost Host => fixture.Host;

    [Fact]
    public async Task Rest_request_without_a_token_is_refused_with_the_documented_403_json_body()
    {
        var answer = await Host.Anonymous.GetAsync("orders");

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.Equal("application/json", answer.MediaType);
        Assert.Equal(403, answer.Json.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(answer.Json.RootElement.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Rest_request_with_a_wrong_token_is_refused_on_every_endpoint()
    {
        using var wrong = Host.ClientWithToken(Host.Server.RestBaseUri, "not-the-token");

        var orders = await wrong.GetAsync("orders");
        var events = await wrong.GetAsync("events");

        Assert.Equal(HttpStatusCode.Forbidden, orders.Status);
        Assert.Equal(HttpStatusCode.Forbidden, events.Status);
    }

    [Fact]
    public async Task Rest_token_does_not_open_the_partners_api()
    {
        using var withRestToken = Host.ClientWithToken(Host.Server.PartnersBaseUri, Host.Server.Token);

        var answer = await withRestToken.GetAsync("events/lists");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("error", answer.Json.RootElement.GetProperty("status").GetString());
        Assert.Equal("WRONG_AUTHORIZATION", answer.Json.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Partners_request_with_the_partners_token_succeeds()
    {
        var answer = await Host.Partners.GetAsync("events/lists");

        answer.EnsureOk();
        Assert.Equal("success", answer.Json.RootElement.GetProperty("status").GetString());
    }
}
