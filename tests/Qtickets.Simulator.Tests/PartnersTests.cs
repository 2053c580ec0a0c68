using System.Text.Json;
using Qtickets.Simulator.Tests.Support;

namespace Qtickets.Simulator.Tests;

public sealed class PartnersTests(DefaultSimulatorFixture fixture) : IClassFixture<DefaultSimulatorFixture>
{
    private SimulatorHost Host => fixture.Host;

    [Fact]
    public async Task Events_lists_names_only_shows_still_to_come()
    {
        var result = Result(await Host.Partners.GetAsync("events/lists"));

        Assert.NotEmpty(result.EnumerateArray());
        Assert.All(result.EnumerateArray(), s => Assert.True(Iso.Read(s.GetProperty("start_date")) > SimulatorHost.Anchor));
        Assert.All(result.EnumerateArray(), s => Assert.Equal(JsonValueKind.Object, s.GetProperty("city").ValueKind));
    }

    [Fact]
    public async Task Offers_group_seats_by_price_with_free_quantity_on_admission_seats()
    {
        var show = Result(await Host.Partners.GetAsync("events/lists")).EnumerateArray().First();

        var offers = Result(await Host.Partners.GetAsync($"events/offers/{show.GetProperty("event_id").GetInt64()}/{show.GetProperty("show_id").GetInt64()}"));

        var seats = offers.EnumerateArray().SelectMany(o => o.GetProperty("seats").EnumerateArray()).ToList();
        Assert.NotEmpty(seats);
        Assert.All(seats, s => Assert.True(s.TryGetProperty("available", out _)));
        Assert.All(seats.Where(s => s.GetProperty("admission").GetBoolean()), s => Assert.True(s.GetProperty("free_quantity").GetInt32() >= 0));
    }

    [Fact]
    public async Task Seatmap_of_an_unknown_event_is_an_error_inside_a_200()
    {
        var answer = (await Host.Partners.GetAsync("events/seatmap/1")).EnsureOk();

        Assert.Equal("error", answer.Json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Tickets_find_returns_partner_tickets_by_barcode_external_id_and_order_id_alike_over_get_and_post()
    {
        var ticket = await PartnerTicketAsync();
        var barcode = ticket.GetProperty("barcode").GetString();

        var byBarcode = Result(await Host.Partners.GetAsync($"tickets/find?barcode={barcode}"));
        var byExternalId = Result(await Host.Partners.PostAsync("tickets/find", new { external_id = ticket.GetProperty("external_id").GetString() }));
        var byOrder = Result(await Host.Partners.PostAsync("tickets/find", new { filter = new { external_order_id = new[] { ticket.GetProperty("external_order_id").GetString() } } }));

        Assert.Equal(barcode, Assert.Single(byBarcode.EnumerateArray()).GetProperty("barcode").GetString());
        Assert.Equal(barcode, Assert.Single(byExternalId.EnumerateArray()).GetProperty("barcode").GetString());
        Assert.Contains(byOrder.EnumerateArray(), t => t.GetProperty("barcode").GetString() == barcode);
    }

    [Fact]
    public async Task Tickets_find_without_any_search_key_is_an_error_inside_a_200()
    {
        var answer = (await Host.Partners.PostAsync("tickets/find", new { })).EnsureOk();

        Assert.Equal("error", answer.Json.RootElement.GetProperty("status").GetString());
    }

    private async Task<JsonElement> PartnerTicketAsync()
    {
        var orders = (await Host.Rest.GetAsync("orders", new { per_page = 1000 })).EnsureOk().Data.EnumerateArray();
        foreach (var order in orders)
        {
            var found = Result(await Host.Partners.GetAsync($"tickets/find?barcode={order.GetProperty("baskets")[0].GetProperty("barcode").GetString()}"));
            if (found.GetArrayLength() > 0)
            {
                return found[0].Clone();
            }
        }

        throw new InvalidOperationException("no partner order among the first 1000");
    }

    private static JsonElement Result(ApiAnswer answer)
    {
        var root = answer.EnsureOk().Json.RootElement;
        Assert.Equal("success", root.GetProperty("status").GetString());
        return root.GetProperty("result").Clone();
    }
}
