using System.Net;
using System.Text.Json;
using Qtickets.Simulator.Tests.Support;

namespace Qtickets.Simulator.Tests;

public sealed class SeatsAndBarcodesTests(DefaultSimulatorFixture fixture) : IClassFixture<DefaultSimulatorFixture>
{
    private SimulatorHost Host => fixture.Host;

    [Fact]
    public async Task Some_shows_answer_flat_seats_and_others_a_zone_hierarchy_both_with_general_admission()
    {
        var layouts = await SeatLayoutsAsync();

        Assert.Contains(layouts, l => l.Flat && l.Seats.Any(IsGeneralAdmission));
        Assert.Contains(layouts, l => !l.Flat && l.Seats.Any(IsGeneralAdmission));
    }

    [Fact]
    public async Task General_admission_zone_is_one_seat_record_with_many_places()
    {
        var admission = (await SeatLayoutsAsync()).SelectMany(l => l.Seats).First(IsGeneralAdmission);

        Assert.True(admission.GetProperty("max_quantity").GetInt32() >= 200);
        Assert.Equal(JsonValueKind.Null, admission.GetProperty("row").ValueKind);
    }

    [Fact]
    public async Task Disabled_seats_exist_and_are_never_available()
    {
        var seats = (await SeatLayoutsAsync()).SelectMany(l => l.Seats).ToList();

        var disabled = seats.Where(s => s.GetProperty("disabled").GetBoolean()).ToList();
        Assert.NotEmpty(disabled);
        Assert.All(disabled, s => Assert.False(s.GetProperty("available").GetBoolean()));
    }

    [Fact]
    public async Task Tickets_left_never_exceed_capacity_by_the_product_rule()
    {
        foreach (var layout in await SeatLayoutsAsync())
        {
            var capacity = layout.Seats.Where(s => !s.GetProperty("disabled").GetBoolean()).Sum(s => s.GetProperty("max_quantity").GetInt32());
            var left = layout.Seats.Where(s => s.GetProperty("available").GetBoolean()).Sum(s => s.GetProperty("free_quantity").GetInt32());

            Assert.InRange(left, 0, capacity);
        }
    }

    [Fact]
    public async Task Flat_member_of_the_request_forces_the_flat_shape()
    {
        var hierarchical = (await SeatLayoutsAsync()).First(l => !l.Flat);

        var answer = (await Host.Rest.GetAsync($"shows/{hierarchical.ShowId}/seats", new { select = Counts, flat = true })).EnsureOk();

        Assert.All(answer.Data.EnumerateObject(), seat => Assert.True(seat.Value.TryGetProperty("free_quantity", out _)));
    }

    [Fact]
    public async Task Asked_without_select_the_seats_are_zones_of_seats_without_counts_as_the_real_tenant_answers()
    {
        var show = (await SeatLayoutsAsync()).First(l => l.Flat).ShowId;

        var data = (await Host.Rest.GetAsync($"shows/{show}/seats", new { flat = true })).EnsureOk().Data;

        var zone = data.EnumerateObject().First().Value;
        Assert.Equal(["zone_id", "name", "description", "seats"], zone.EnumerateObject().Select(p => p.Name));
        var seat = zone.GetProperty("seats").EnumerateObject().First();
        Assert.Matches("^[0-9]+;[0-9]+$", seat.Name);
        Assert.Equal(["seat_id", "admission"], seat.Value.EnumerateObject().Select(p => p.Name));
        Assert.EndsWith("-" + seat.Name, seat.Value.GetProperty("seat_id").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tenant_ignoring_select_answers_seats_without_counts_even_when_asked()
    {
        await using var host = await SimulatorHost.StartAsync(SimulatorHost.DefaultOptions with { IgnoreSelect = true });
        var show = (await host.Rest.GetAllAsync("events", page => new { page, per_page = 100 })).First().GetProperty("shows")[0].GetProperty("id").GetInt64();

        var data = (await host.Rest.GetAsync($"shows/{show}/seats", new { select = Counts, flat = true })).EnsureOk().Data;

        Assert.All(data.EnumerateObject(), zone => Assert.All(zone.Value.GetProperty("seats").EnumerateObject(), seat =>
            Assert.False(seat.Value.TryGetProperty("max_quantity", out _))));
    }

    [Fact]
    public async Task Select_and_where_narrow_the_seats()
    {
        var show = (await SeatLayoutsAsync()).First(l => l.Flat).ShowId;

        var answer = (await Host.Rest.GetAsync($"shows/{show}/seats", new
        {
            select = new[] { "id", "free_quantity" },
            where = new[] { new { column = "disabled", value = true } },
            flat = true,
        })).EnsureOk();

        Assert.All(answer.Data.EnumerateObject(), seat =>
            Assert.Equal(["id", "free_quantity"], seat.Value.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task Barcodes_are_a_bare_array_of_the_valid_tickets_of_paid_orders()
    {
        var orders = await fixture.AllOrdersAsync();
        var showId = orders.SelectMany(o => o.GetProperty("baskets").EnumerateArray())
            .GroupBy(b => b.GetProperty("show_id").GetInt64()).MaxBy(g => g.Count())!.Key;
        var expected = orders
            .Where(o => o.GetProperty("payed").GetBoolean() && o.GetProperty("deleted_at").ValueKind == JsonValueKind.Null)
            .SelectMany(o => o.GetProperty("baskets").EnumerateArray())
            .Where(b => b.GetProperty("show_id").GetInt64() == showId
                && b.GetProperty("deleted_at").ValueKind == JsonValueKind.Null
                && b.GetProperty("refunded_at").ValueKind == JsonValueKind.Null)
            .Select(b => b.GetProperty("barcode").GetString()).Order().ToList();

        var answer = (await Host.Rest.GetAsync($"shows/{showId}/barcodes")).EnsureOk();

        Assert.Equal(JsonValueKind.Array, answer.Json.RootElement.ValueKind);
        Assert.Equal(expected, answer.Json.RootElement.EnumerateArray().Select(b => b.GetProperty("barcode").GetString()).Order());
    }

    [Fact]
    public async Task A_barcode_is_found_under_its_show_and_not_under_another()
    {
        var basket = (await Host.Rest.GetAsync("orders", new { where = new[] { new { column = "payed", value = 1 } }, per_page = 1 }))
            .EnsureOk().Data[0].GetProperty("baskets")[0];
        var barcode = basket.GetProperty("barcode").GetString();
        var showId = basket.GetProperty("show_id").GetInt64();
        var otherShow = (await SeatLayoutsAsync()).First(l => l.ShowId != showId).ShowId;

        var found = (await Host.Rest.GetAsync($"shows/{showId}/barcode/{barcode}")).EnsureOk();
        var elsewhere = await Host.Rest.GetAsync($"shows/{otherShow}/barcode/{barcode}");

        Assert.Equal(barcode, found.Json.RootElement.GetProperty("barcode").GetString());
        Assert.True(found.Json.RootElement.TryGetProperty("checked_at", out _));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.Status);
    }

    private static readonly string[] Counts = ["id", "admission", "row", "max_quantity", "free_quantity", "available", "disabled"];

    private static bool IsGeneralAdmission(JsonElement seat) =>
        seat.GetProperty("admission").GetBoolean() && seat.GetProperty("max_quantity").GetInt32() > 1;

    private async Task<List<SeatLayout>> SeatLayoutsAsync()
    {
        var events = await Host.Rest.GetAllAsync("events", page => new { page, per_page = 100 });
        var layouts = new List<SeatLayout>();
        foreach (var show in events.SelectMany(e => e.GetProperty("shows").EnumerateArray()).Take(12))
        {
            var id = show.GetProperty("id").GetInt64();
            var data = (await Host.Rest.GetAsync($"shows/{id}/seats", new { select = Counts })).EnsureOk().Data;
            var flat = data.EnumerateObject().All(p => !p.Value.TryGetProperty("seats", out _));
            var seats = flat
                ? data.EnumerateObject().Select(p => p.Value.Clone()).ToList()
                : data.EnumerateObject().SelectMany(z => z.Value.GetProperty("seats").EnumerateObject()).Select(p => p.Value.Clone()).ToList();
            layouts.Add(new SeatLayout(id, flat, seats));
        }

        return layouts;
    }

    private sealed record SeatLayout(long ShowId, bool Flat, List<JsonElement> Seats);
}
