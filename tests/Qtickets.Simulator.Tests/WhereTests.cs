using System.Net;
using System.Text.Json;
using Qtickets.Simulator.Tests.Support;

namespace Qtickets.Simulator.Tests;

public sealed class WhereTests(DefaultSimulatorFixture fixture) : IClassFixture<DefaultSimulatorFixture>
{
    private static readonly DateTimeOffset From = SimulatorHost.Anchor.AddDays(-30);
    private static readonly DateTimeOffset To = SimulatorHost.Anchor.AddDays(-10);

    private SimulatorHost Host => fixture.Host;

    private static object[] PaidUpdatedInRange =>
    [
        new { column = "payed", value = 1 },
        new { column = "updated_at", @operator = ">=", value = Iso.Format(From) },
        new { column = "updated_at", @operator = "<", value = Iso.Format(To) },
    ];

    [Fact]
    public async Task Where_in_the_json_body_returns_exactly_the_paid_orders_updated_in_the_range()
    {
        var expected = (await AllOrdersAsync())
            .Where(o => o.GetProperty("payed").GetBoolean() && InRange(o.GetProperty("updated_at")))
            .Select(Id).ToList();

        var answer = (await Host.Rest.GetAsync("orders", new { where = PaidUpdatedInRange, orderBy = new { id = "asc" }, per_page = 1000 })).EnsureOk();

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, answer.Total);
        Assert.Equal(expected, answer.Ids);
    }

    [Fact]
    public async Task Where_in_the_query_string_gives_the_same_answer_as_in_the_body()
    {
        var body = (await Host.Rest.GetAsync("orders", new { where = PaidUpdatedInRange, per_page = 1000 })).EnsureOk();
        var where = Uri.EscapeDataString(JsonSerializer.Serialize(PaidUpdatedInRange));
        var orderBy = Uri.EscapeDataString("{\"id\":\"asc\"}");

        var query = (await Host.Rest.GetAsync($"orders?where={where}&orderBy={orderBy}&page=1&per_page=1000")).EnsureOk();

        Assert.Equal(body.Total, query.Total);
        Assert.Equal(body.Ids, query.Ids);
    }

    [Fact]
    public async Task OrderBy_id_desc_puts_the_newest_orders_first()
    {
        var answer = (await Host.Rest.GetAsync("orders", new { orderBy = new { id = "desc" }, per_page = 100 })).EnsureOk();

        Assert.Equal(answer.Ids.OrderDescending(), answer.Ids);
        Assert.Equal((await AllOrdersAsync()).Max(Id), answer.Ids[0]);
    }

    [Fact]
    public async Task OrderBy_updated_at_desc_sorts_by_that_column()
    {
        var answer = (await Host.Rest.GetAsync("orders", new { orderBy = new { updated_at = "desc" }, per_page = 200 })).EnsureOk();

        var times = answer.Data.EnumerateArray().Select(o => Iso.Read(o.GetProperty("updated_at"))!.Value).ToList();
        Assert.Equal(times.OrderDescending(), times);
        Assert.NotEqual(answer.Ids.OrderDescending(), answer.Ids);
    }

    [Fact]
    public async Task Datetime_values_compare_as_instants_whatever_their_offset()
    {
        object Window(TimeSpan offset) => new
        {
            where = new object[]
            {
                new { column = "created_at", @operator = ">=", value = From.ToOffset(offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture) },
            },
            per_page = 1,
        };

        var moscow = (await Host.Rest.GetAsync("orders", Window(TimeSpan.FromHours(3)))).EnsureOk();
        var utc = (await Host.Rest.GetAsync("orders", Window(TimeSpan.Zero))).EnsureOk();
        var vladivostok = (await Host.Rest.GetAsync("orders", Window(TimeSpan.FromHours(10)))).EnsureOk();

        Assert.Equal(moscow.Total, utc.Total);
        Assert.Equal(moscow.Total, vladivostok.Total);
        Assert.InRange(moscow.Total, 1, Host.Server.Options.Orders - 1);
    }

    [Fact]
    public async Task Null_and_not_null_split_the_orders_into_active_and_cancelled()
    {
        var active = (await Host.Rest.GetAsync("orders", new { where = new[] { new { column = "deleted_at", @operator = "null" } } })).EnsureOk();
        var cancelled = (await Host.Rest.GetAsync("orders", new { where = new[] { new { column = "deleted_at", @operator = "not null" } } })).EnsureOk();

        Assert.True(cancelled.Total > 0);
        Assert.Equal(Host.Server.Options.Orders, active.Total + cancelled.Total);
        Assert.All(cancelled.Data.EnumerateArray(), o => Assert.NotEqual(JsonValueKind.Null, o.GetProperty("deleted_at").ValueKind));
    }

    [Fact]
    public async Task In_filters_on_a_list_of_event_ids()
    {
        var events = (await Host.Rest.GetAsync("events", new { per_page = 3 })).EnsureOk().Ids;

        var answer = (await Host.Rest.GetAsync("orders", new { where = new[] { new { column = "event_id", @operator = "in", value = events } }, per_page = 1000 })).EnsureOk();

        Assert.All(answer.Data.EnumerateArray(), o => Assert.Contains(o.GetProperty("event_id").GetInt64(), events));
        Assert.Equal((await AllOrdersAsync()).Count(o => events.Contains(o.GetProperty("event_id").GetInt64())), answer.Total);
    }

    [Fact]
    public async Task Post_orders_honours_the_same_query_object()
    {
        var body = new { where = PaidUpdatedInRange, per_page = 1000 };

        var viaGet = (await Host.Rest.GetAsync("orders", body)).EnsureOk();
        var viaPost = (await Host.Rest.PostAsync("orders", body)).EnsureOk();

        Assert.Equal(viaGet.Ids, viaPost.Ids);
    }

    [Fact]
    public async Task Events_filter_on_deleted_at_null_leaves_out_deleted_events()
    {
        var all = await Host.Rest.GetAllAsync("events", page => new { page });
        var live = (await Host.Rest.GetAsync("events", new { where = new[] { new { column = "deleted_at", @operator = "null" } }, per_page = 100 })).EnsureOk();

        Assert.Equal(all.Count(e => e.GetProperty("deleted_at").ValueKind == JsonValueKind.Null), live.Total);
        Assert.True(live.Total < all.Count);
    }

    [Fact]
    public async Task Unknown_column_is_answered_400_with_a_json_error()
    {
        var answer = await Host.Rest.GetAsync("orders", new { where = new[] { new { column = "no_such_column", value = 1 } } });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("no_such_column", answer.Json.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Datetime_without_a_well_formed_offset_is_answered_400()
    {
        // A '+' left unencoded in a query string arrives as a space.
        var where = Uri.EscapeDataString("[{\"column\":\"updated_at\",\"operator\":\">=\",\"value\":\"2025-11-03T00:00:00 03:00\"}]");

        var answer = await Host.Rest.GetAsync($"orders?where={where}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
    }

    private static long Id(JsonElement order) => order.GetProperty("id").GetInt64();

    private static bool InRange(JsonElement value) => Iso.Read(value) is { } time && time >= From && time < To;

    private Task<List<JsonElement>> AllOrdersAsync() => fixture.AllOrdersAsync();
}
