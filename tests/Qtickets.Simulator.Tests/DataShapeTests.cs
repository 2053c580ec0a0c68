using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Qtickets.Simulator.Tests.Support;

namespace Qtickets.Simulator.Tests;

/// <summary>The generated history looks like the real tenant's: what the loader's transform relies on.</summary>
public sealed partial class DataShapeTests(DefaultSimulatorFixture fixture) : IClassFixture<DefaultSimulatorFixture>
{
    private SimulatorHost Host => fixture.Host;

    [Fact]
    public async Task Basket_prices_are_whole_roubles_of_quantity_one_summing_to_the_order_price()
    {
        foreach (var order in await OrdersAsync())
        {
            var baskets = order.GetProperty("baskets").EnumerateArray().ToList();
            Assert.InRange(baskets.Count, 1, 6);
            Assert.All(baskets, b => Assert.Equal(1, b.GetProperty("quantity").GetInt32()));
            Assert.All(baskets, b => Assert.Equal(decimal.Truncate(Money.Read(b.GetProperty("price"))), Money.Read(b.GetProperty("price"))));
            Assert.Equal(Money.Read(order.GetProperty("price")), baskets.Sum(b => Money.Read(b.GetProperty("price"))));
        }
    }

    [Fact]
    public async Task About_eighty_percent_are_paid_and_some_are_cancelled_or_refunded()
    {
        var orders = await OrdersAsync();

        var paid = orders.Count(o => o.GetProperty("payed").GetBoolean()) / (double)orders.Count;
        Assert.InRange(paid, 0.75, 0.85);
        Assert.Contains(orders, o => o.GetProperty("payed").GetBoolean() && IsSet(o.GetProperty("deleted_at")));
        Assert.Contains(orders, o => !o.GetProperty("payed").GetBoolean() && IsSet(o.GetProperty("deleted_at")));
        Assert.Contains(orders, o => o.GetProperty("baskets").EnumerateArray().Any(b => IsSet(b.GetProperty("refunded_at"))));
        Assert.All(orders.Where(o => IsSet(o.GetProperty("deleted_at"))), o =>
            Assert.All(o.GetProperty("baskets").EnumerateArray(), b => Assert.True(IsSet(b.GetProperty("deleted_at")))));
    }

    [Fact]
    public async Task Paid_orders_are_paid_within_the_thirty_minute_reservation()
    {
        foreach (var order in (await OrdersAsync()).Where(o => o.GetProperty("payed").GetBoolean()))
        {
            var created = Iso.Read(order.GetProperty("created_at"))!.Value;
            var payed = Iso.Read(order.GetProperty("payed_at"))!.Value;

            Assert.InRange(payed - created, TimeSpan.Zero, TimeSpan.FromMinutes(30));
        }
    }

    [Fact]
    public async Task History_spans_the_year_before_the_anchor_with_orders_in_the_last_two_hours()
    {
        var created = (await OrdersAsync()).Select(o => Iso.Read(o.GetProperty("created_at"))!.Value).ToList();

        Assert.Equal(created.Order(), created);
        Assert.InRange(created.Min(), SimulatorHost.Anchor.AddDays(-366), SimulatorHost.Anchor.AddDays(-360));
        Assert.True(created.Max() <= SimulatorHost.Anchor);
        Assert.InRange(created.Count(c => c > SimulatorHost.Anchor.AddHours(-2)), 1, 20);
    }

    [Fact]
    public async Task Utm_is_an_empty_php_array_or_an_object_whose_content_names_city_day_and_month()
    {
        var orders = await OrdersAsync();

        Assert.Contains(orders, o => o.GetProperty("utm").ValueKind == JsonValueKind.Array);
        var contents = orders.Where(o => o.GetProperty("utm").ValueKind == JsonValueKind.Object)
            .Select(o => o.GetProperty("utm").TryGetProperty("utm_content", out var c) ? c.GetString() : null)
            .OfType<string>().ToList();
        Assert.NotEmpty(contents);
        Assert.All(contents, c => Assert.Matches(UtmContent(), c));
        Assert.All(orders.Where(o => o.GetProperty("utm").ValueKind == JsonValueKind.Array), o => Assert.Equal(0, o.GetProperty("utm").GetArrayLength()));
    }

    [Fact]
    public async Task Php_style_members_custom_is_a_string_fields_and_integrations_are_empty_arrays()
    {
        foreach (var order in (await OrdersAsync()).Take(200))
        {
            Assert.Equal(JsonValueKind.String, order.GetProperty("custom").ValueKind);
            Assert.Equal(JsonValueKind.Array, order.GetProperty("fields").ValueKind);
            Assert.Equal(JsonValueKind.Array, order.GetProperty("integrations").ValueKind);
        }
    }

    [Fact]
    public async Task Money_comes_as_numbers_and_in_a_share_of_orders_as_strings()
    {
        var kinds = (await OrdersAsync()).Select(o => o.GetProperty("price").ValueKind).ToList();

        Assert.Contains(JsonValueKind.Number, kinds);
        Assert.Contains(JsonValueKind.String, kinds);
        Assert.InRange(kinds.Count(k => k == JsonValueKind.String) / (double)kinds.Count, 0.03, 0.2);
    }

    [Fact]
    public async Task Events_carry_city_objects_of_several_time_zones_and_one_to_three_shows()
    {
        var events = await Host.Rest.GetAllAsync("events", page => new { page, per_page = 100 });

        Assert.All(events, e => Assert.InRange(e.GetProperty("shows").GetArrayLength(), 1, 3));
        var cities = events.Select(e => e.GetProperty("city")).ToList();
        Assert.All(cities, c => Assert.Equal(["id", "name", "timezone"], c.EnumerateObject().Select(p => p.Name)));
        Assert.True(cities.Select(c => c.GetProperty("name").GetString()).Distinct().Count() >= 4);
        Assert.Contains("Europe/Moscow", cities.Select(c => c.GetProperty("timezone").GetString()));
        Assert.Contains(cities, c => c.GetProperty("timezone").GetString() != "Europe/Moscow");
    }

    [Fact]
    public async Task Every_order_refers_to_a_listed_event_and_its_baskets_to_that_event_s_shows()
    {
        var events = await Host.Rest.GetAllAsync("events", page => new { page, per_page = 100 });
        var showsByEvent = events.ToDictionary(
            e => e.GetProperty("id").GetInt64(),
            e => e.GetProperty("shows").EnumerateArray().Select(s => s.GetProperty("id").GetInt64()).ToHashSet());

        foreach (var order in await OrdersAsync())
        {
            var shows = showsByEvent[order.GetProperty("event_id").GetInt64()];
            Assert.All(order.GetProperty("baskets").EnumerateArray(), b => Assert.Contains(b.GetProperty("show_id").GetInt64(), shows));
        }
    }

    [Fact]
    public async Task Orders_carry_buyer_personal_data()
    {
        var order = (await OrdersAsync())[0];

        Assert.Contains("@", order.GetProperty("client").GetProperty("email").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("+79", order.GetProperty("client").GetProperty("details").GetProperty("phone").GetString(), StringComparison.Ordinal);
        Assert.Contains("@", order.GetProperty("baskets")[0].GetProperty("client_email").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Formats_do_not_depend_on_the_culture_of_the_process()
    {
        var original = CultureInfo.DefaultThreadCurrentCulture;
        try
        {
            // ru-RU writes "1500,00": any culture-sensitive formatting would show.
            CultureInfo.DefaultThreadCurrentCulture = new CultureInfo("ru-RU");
            await using var host = await SimulatorHost.StartAsync(SimulatorHost.DefaultOptions with { Orders = 300 });
            var orders = (await host.Rest.GetAsync("orders", new { per_page = 300 })).EnsureOk().Data.EnumerateArray().ToList();

            var strings = orders.Select(o => o.GetProperty("price")).Where(p => p.ValueKind == JsonValueKind.String).ToList();
            Assert.NotEmpty(strings);
            Assert.All(strings, p => Assert.Matches("^[0-9]+\\.00$", p.GetString()));
            Assert.All(orders, o => Assert.Matches("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+03:00$", o.GetProperty("created_at").GetString()));
        }
        finally
        {
            CultureInfo.DefaultThreadCurrentCulture = original;
        }
    }

    private static bool IsSet(JsonElement value) => value.ValueKind != JsonValueKind.Null;

    private Task<List<JsonElement>> OrdersAsync() => fixture.AllOrdersAsync();

    [GeneratedRegex("^[a-z]+_(0[1-9]|[12][0-9]|3[01])_(0[1-9]|1[0-2])$")]
    private static partial Regex UtmContent();
}
