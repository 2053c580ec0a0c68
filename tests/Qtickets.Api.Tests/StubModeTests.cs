using Qtickets.Api.Orders;
using Qtickets.Api.Partners;
using Qtickets.Api.Tests.Support;
using Qtickets.TestUtilities.Http;
using Qtickets.TestUtilities.Logging;

namespace Qtickets.Api.Tests;

public sealed class StubModeTests
{
    [Fact]
    [Trait("Category", "OperatorRoutine")]
    public async Task Stub_mode_makes_zero_calls_and_returns_empty_results()
    {
        var handler = new StubHttpMessageHandler();
        var client = CreateStub(handler, new CapturingLoggerProvider());

        var orders = client.StreamOrders(new OrderQuery { From = Some.Moment.AddHours(-2) });
        var batches = 0;
        await foreach (var _ in orders)
        {
            batches++;
        }

        Assert.Equal(0, batches);
        Assert.Empty((await client.GetEventsAsync(CancellationToken.None)).Items);
        Assert.Null(await client.GetEventAsync(1, CancellationToken.None));
        Assert.Empty((await client.GetClientsAsync(CancellationToken.None)).Items);
        Assert.Empty((await client.GetPriceShadesAsync(CancellationToken.None)).Items);
        Assert.Empty((await client.GetDiscountsAsync(CancellationToken.None)).Items);
        Assert.Empty((await client.GetPromoCodesAsync(CancellationToken.None)).Items);
        Assert.Empty((await client.GetSeatsAsync(1, CancellationToken.None)).Items);
        Assert.Empty((await client.GetBarcodesAsync(1, CancellationToken.None)).Items);
        Assert.Empty(handler.Requests);
        Assert.Equal(OrderFetchMode.Stub, orders.Summary.Mode);
        Assert.Equal("DRY_RUN=true", orders.Summary.StubReason);
    }

    [Fact]
    public async Task Stub_mode_says_why_once()
    {
        var logs = new CapturingLoggerProvider();
        var client = CreateStub(new StubHttpMessageHandler(), logs);

        await client.GetClientsAsync(CancellationToken.None);
        await client.GetEventsAsync(CancellationToken.None);

        var line = Assert.Single(logs.Lines);
        Assert.Contains("stub mode (DRY_RUN=true)", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stub_mode_needs_neither_base_URI_nor_token()
    {
        var options = new QticketsClientOptions { StubReason = "QTICKETS_TOKEN missing" };
        var handler = new StubHttpMessageHandler();

        Assert.Empty(options.Validate());
        Assert.Empty((await new QticketsClient(new HttpClient(handler), options).GetEventsAsync(CancellationToken.None)).Items);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task The_Partners_client_in_stub_mode_makes_zero_calls()
    {
        var handler = new StubHttpMessageHandler();
        var client = new PartnersClient(new HttpClient(handler), new PartnersClientOptions { StubReason = "DRY_RUN=true" });

        Assert.Empty((await client.FindTicketsAsync(System.Text.Json.JsonDocument.Parse("{}").RootElement, CancellationToken.None)).Items);
        Assert.Empty(handler.Requests);
    }

    private static QticketsClient CreateStub(StubHttpMessageHandler handler, CapturingLoggerProvider logs) =>
        new(new HttpClient(handler), new QticketsClientOptions { StubReason = "DRY_RUN=true" }, logs.CreateLogger("qtickets"));
}
