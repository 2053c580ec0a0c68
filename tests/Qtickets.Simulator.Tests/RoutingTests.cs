using System.Net;
using Qtickets.Simulator.Tests.Support;

namespace Qtickets.Simulator.Tests;

public sealed class RoutingTests(DefaultSimulatorFixture fixture) : IClassFixture<DefaultSimulatorFixture>
{
    private SimulatorHost Host => fixture.Host;

    [Theory]
    [InlineData("no-such-method")]
    [InlineData("orders/1/tickets")]
    [InlineData("/")]
    [InlineData("/api/rest/v2/orders")]
    public async Task Unknown_routes_answer_nginx_s_404_html_page(string path)
    {
        var answer = await Host.Rest.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("text/html", answer.MediaType);
        Assert.Contains("<center>nginx</center>", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_known_path_with_an_unsupported_method_is_not_found_too()
    {
        var answer = await Host.Rest.SendAsync(HttpMethod.Put, "orders", new { page = 1 });

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
    }

    [Fact]
    public async Task Unknown_order_id_answers_a_json_404()
    {
        var answer = await Host.Rest.GetAsync("orders/1");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal(404, answer.Json.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Single_order_and_event_answer_under_data()
    {
        var listed = (await Host.Rest.GetAsync("orders", new { per_page = 1 })).EnsureOk().Data[0];
        var eventId = listed.GetProperty("event_id").GetInt64();

        var order = (await Host.Rest.GetAsync($"orders/{listed.GetProperty("id").GetInt64()}")).EnsureOk();
        var model = (await Host.Rest.GetAsync($"events/{eventId}")).EnsureOk();

        Assert.Equal(listed.GetRawText(), order.Data.GetRawText());
        Assert.Equal(eventId, model.Data.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Answers_carry_the_server_header_of_the_real_stack()
    {
        using var response = await Host.Rest.Client.GetAsync("events");

        Assert.Equal("nginx", response.Headers.Server.ToString());
    }
}
