using Qtickets.Api.Tests.Support;
using System.Text.Json;
using Qtickets.Api.Errors;
using Qtickets.Api.Partners;
using Qtickets.Simulator;

namespace Qtickets.Api.Tests.Integration;

/// <summary>Events, seats, barcodes, catalogues and the Partners API, read from the real simulator.</summary>
public sealed class SimulatorDatasetsTests
{
    [Fact]
    public async Task Every_event_is_read_with_its_city_and_shows()
    {
        await using var server = await Simulators.StartAsync();

        var events = await CreateSut(server).GetEventsAsync(CancellationToken.None);

        Assert.NotEmpty(events.Items);
        Assert.Empty(events.Skipped);
        Assert.Empty(events.Warnings);
        Assert.All(events.Items, e =>
        {
            Assert.False(string.IsNullOrEmpty(e.City?.Name));
            Assert.NotEmpty(e.Shows);
            Assert.Null(e.DeletedAt);
        });
    }

    [Fact]
    public async Task Seats_and_barcodes_of_a_show_are_read()
    {
        await using var server = await Simulators.StartAsync();
        var client = CreateSut(server);
        var show = (await client.GetEventsAsync(CancellationToken.None)).Items.SelectMany(e => e.Shows).First();

        var seats = await client.GetSeatsAsync(show.Id, CancellationToken.None);
        var barcodes = await client.GetBarcodesAsync(show.Id, CancellationToken.None);

        Assert.Empty(seats.Skipped);
        Assert.True(seats.Items.Where(s => s.Disabled != true).Sum(s => s.MaxQuantity ?? 0) > 0);
        Assert.All(seats.Items, seat => Assert.NotNull(seat.FreeQuantity));
        Assert.All(seats.Items, seat => Assert.False(string.IsNullOrEmpty(seat.ZoneId)));
        Assert.Empty(barcodes.Skipped);
        Assert.All(barcodes.Items, barcode => Assert.Equal(show.Id, barcode.ShowId));
    }

    [Fact]
    public async Task The_catalogues_are_read_without_skipped_records()
    {
        await using var server = await Simulators.StartAsync();
        var client = CreateSut(server);

        var clients = await client.GetClientsAsync(CancellationToken.None);
        var shades = await client.GetPriceShadesAsync(CancellationToken.None);
        var discounts = await client.GetDiscountsAsync(CancellationToken.None);
        var promoCodes = await client.GetPromoCodesAsync(CancellationToken.None);

        Assert.NotEmpty(clients.Items);
        Assert.Equal(clients.ReportedTotal, clients.Items.Count);
        Assert.All(new[] { clients.Skipped.Count, shades.Skipped.Count, discounts.Skipped.Count, promoCodes.Skipped.Count }, count => Assert.Equal(0, count));
        Assert.All(new[] { clients.Warnings.Count, shades.Warnings.Count, discounts.Warnings.Count, promoCodes.Warnings.Count }, count => Assert.Equal(0, count));
    }

    [Fact]
    public async Task Partners_ticket_search_is_read()
    {
        await using var server = await Simulators.StartAsync();
        var partners = CreatePartners(server, server.PartnersToken);

        using var filter = JsonDocument.Parse("""{"filter":{"external_order_id":["P-0"]}}""");
        var tickets = await partners.FindTicketsAsync(filter.RootElement, CancellationToken.None);

        Assert.Empty(tickets.Skipped);
    }

    [Fact]
    public async Task A_wrong_partners_key_is_an_error_although_the_status_is_200()
    {
        await using var server = await Simulators.StartAsync();

        using var filter = JsonDocument.Parse("""{"barcode":"1"}""");
        var error = await Assert.ThrowsAsync<QticketsApiException>(() => CreatePartners(server, "wrong-key").FindTicketsAsync(filter.RootElement, CancellationToken.None));

        Assert.Equal("WRONG_AUTHORIZATION", error.ApiCode);
        Assert.Equal(200, error.StatusCode);
    }

    private static QticketsClient CreateSut(SimulatorServer server) =>
        new(new HttpClient(), Simulators.ClientOptions(server));

    private static PartnersClient CreatePartners(SimulatorServer server, string key) =>
        new(new HttpClient(), new PartnersClientOptions { BaseUri = server.PartnersBaseUri, Token = key, BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero });
}
