using Qtickets.ClickHouse.Testing;
using Qtickets.Pipeline.Tests.Running;
using Qtickets.Pipeline.Tests.Support;
using Qtickets.TestUtilities.Http;
using static Qtickets.Pipeline.Tests.Pushed.PushedOrders;
using static Qtickets.Pipeline.Tests.Support.CapturedShapes;

namespace Qtickets.Pipeline.Tests.Pushed;

/// <summary>
/// The city of a pushed order comes from its event: from <c>dim_events</c> (the runs fill it), else asked of QTickets
/// once and written there; while QTickets cannot be asked, the order is refused (the listener answers 503, QTickets
/// retries) and nothing of it is written.
/// </summary>
public sealed class PushedEventsTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    private const string CityOf = "SELECT city FROM stg_qtickets_api_orders_raw FINAL WHERE order_id = '{0}'";

    [Fact]
    public async Task A_catalogued_event_is_read_from_dim_events_and_an_unknown_one_is_fetched_once_and_written_there()
    {
        var tenant = new CannedTenant();
        tenant.SetEvent(8, "Казань");
        await using var harness = await LoaderHarness.StartAsync(clickHouse, tenant.Respond);
        await harness.RunAsync();
        var store = harness.PushedStore();

        await store.PushAsync(Day.AddMinutes(5), Order(1), Order(2, eventId: 8));
        await store.PushAsync(Day.AddMinutes(6), Order(3, eventId: 8));
        await harness.PushedStore().PushAsync(Day.AddMinutes(7), Order(4, eventId: 8));

        Assert.Equal(["events/8"], EventRequests(harness));
        Assert.Equal(["москва", "казань", "казань", "казань"], await CitiesAsync(harness, 1, 2, 3, 4));
        var dimEvent = await harness.Admin.QueryAsync<DimEvent>("SELECT event_name, city FROM dim_events WHERE event_id = '8'", CancellationToken.None);
        Assert.Equal(new DimEvent("Концерт 8", "казань"), Assert.Single(dimEvent));
        Assert.Equal(await Sales.FromStagingAsync(harness.Admin), await Sales.FromFactsAsync(harness.Admin));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_unknown_event_while_QTickets_cannot_be_asked_refuses_its_order_and_writes_nothing_of_it(bool unreachable)
    {
        var tenant = new CannedTenant();
        tenant.SetEvent(7, "Москва");
        tenant.EventById[9] = new StubAnswer(503, "<html><body>503 Service Unavailable</body></html>", "text/html");
        await using var harness = await LoaderHarness.StartAsync(clickHouse, tenant.Respond);
        var settings = new Dictionary<string, string> { ["QTICKETS_RETRY_BASE_DELAY_MS"] = "0" };
        if (unreachable)
        {
            // A loopback port nothing listens on: the connection is refused at once.
            settings["QTICKETS_BASE_URL"] = "http://127.0.0.1:9/api/rest/v1/";
            await harness.PushedStore().PushAsync(Day.AddMinutes(4), Order(2));
        }

        var outcomes = await harness.PushedStore(settings).PushAsync(Day.AddMinutes(5), Order(1, eventId: 9), Order(2));

        Assert.Contains("its event 9 is unknown and QTickets cannot be asked now", outcomes[0].Refusal, StringComparison.Ordinal);
        Assert.False(outcomes[0].Stored);
        Assert.True(outcomes[1].Stored);
        Assert.Equal("2", await harness.Admin.QueryScalarAsync<string>(
            "SELECT arrayStringConcat(groupArray(order_id), ',') FROM stg_qtickets_api_orders_raw FINAL", CancellationToken.None));
        Assert.Equal(0, await harness.ScalarAsync("SELECT count() FROM dim_events WHERE event_id = '9'"));
        Assert.Equal(await Sales.FromStagingAsync(harness.Admin), await Sales.FromFactsAsync(harness.Admin));
    }

    [Fact]
    public async Task An_order_refused_for_its_event_is_stored_by_the_retry_once_QTickets_answers()
    {
        var tenant = new CannedTenant();
        tenant.EventById[9] = new StubAnswer(503, "<html><body>503 Service Unavailable</body></html>", "text/html");
        await using var harness = await LoaderHarness.StartAsync(clickHouse, tenant.Respond);
        var store = harness.PushedStore(new Dictionary<string, string> { ["QTICKETS_RETRY_BASE_DELAY_MS"] = "0" });
        var refused = await store.PushAsync(Day.AddMinutes(5), Order(1, eventId: 9));

        tenant.SetEvent(9, "Сочи");
        var retried = await store.PushAsync(Day.AddMinutes(6), Order(1, eventId: 9));

        Assert.NotNull(Assert.Single(refused).Refusal);
        Assert.True(Assert.Single(retried).Stored);
        Assert.Equal(["сочи"], await CitiesAsync(harness, 1));
    }

    private static List<string> EventRequests(LoaderHarness harness) =>
        [.. harness.ApiRequests.Select(r => r.Uri.AbsolutePath["/api/rest/v1/".Length..]).Where(path => path.StartsWith("events/", StringComparison.Ordinal))];

    private static async Task<List<string>> CitiesAsync(LoaderHarness harness, params long[] ids)
    {
        var cities = new List<string>();
        foreach (var id in ids)
        {
            cities.Add((await harness.Admin.QueryScalarAsync<string>(string.Format(null, CityOf, OrderId(id)), CancellationToken.None))!);
        }

        return cities;
    }

    private sealed record DimEvent(string EventName, string City);
}
