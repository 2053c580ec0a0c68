using Qtickets.Api.Orders;
using Qtickets.Api.Tests.Support;
using Qtickets.Simulator;
using Qtickets.TestUtilities.Time;

namespace Qtickets.Api.Tests.Integration;

/// <summary>The client against the real simulator over loopback HTTP, in both of its query behaviours.</summary>
public sealed class SimulatorOrdersTests
{
    private static readonly OrderQuery LastTwoDays = new() { From = Simulators.Anchor.AddDays(-2), To = Simulators.Anchor.AddMinutes(1) };

    [Fact]
    public async Task A_simulator_honouring_the_query_is_read_in_filtered_mode()
    {
        await using var server = await Simulators.StartAsync();

        var (batches, summary) = await CreateSut(server).StreamOrders(LastTwoDays).ReadAllAsync();

        Assert.Equal(OrderFetchMode.Filtered, summary.Mode);
        Assert.Empty(summary.Warnings);
        Assert.NotEmpty(batches.Ids());
        Assert.All(batches.SelectMany(b => b.Orders), order => Assert.True(order.Payed && order.UpdatedAt >= LastTwoDays.From));
        Assert.Equal(0, server.RequestCount("POST", "/api/rest/v1/orders"));
    }

    [Fact]
    public async Task A_simulator_ignoring_the_query_gives_the_same_orders_through_plain_pages_read_backwards()
    {
        await using var honouring = await Simulators.StartAsync();
        await using var ignoring = await Simulators.StartAsync(o => o with { IgnoreWhere = true });

        var (expected, _) = await CreateSut(honouring).StreamOrders(LastTwoDays).ReadAllAsync();
        var (batches, summary) = await CreateSut(ignoring).StreamOrders(LastTwoDays).ReadAllAsync();

        Assert.Equal(OrderFetchMode.PlainPages, summary.Mode);
        Assert.Contains(summary.Warnings, w => w.Kind == FetchWarningKind.FilterIgnored);
        Assert.Equal(expected.Ids().Order(), batches.Ids().Order());
        Assert.True(summary.PagesFetched < (3_000 / 50) / 2, $"{summary.PagesFetched} pages read for a two-day window");
    }

    [Fact]
    public async Task A_full_scan_gives_the_same_orders_in_both_behaviours()
    {
        await using var honouring = await Simulators.StartAsync();
        await using var ignoring = await Simulators.StartAsync(o => o with { IgnoreWhere = true });
        var fullScan = new OrderQuery { FullScan = true };

        var (expected, filtered) = await CreateSut(honouring).StreamOrders(fullScan).ReadAllAsync();
        var (batches, plain) = await CreateSut(ignoring).StreamOrders(fullScan).ReadAllAsync();

        Assert.Equal(expected.Ids(), batches.Ids());
        Assert.Equal(3_000, plain.ReportedTotal);
        Assert.Equal(3_000, plain.RecordsSeen);
        Assert.Equal(filtered.ReportedTotal, filtered.RecordsSeen);
        Assert.DoesNotContain(plain.Warnings, w => w.Kind == FetchWarningKind.TotalMismatch);
    }

    [Fact]
    public async Task Injected_faults_are_ridden_out_by_the_retries()
    {
        await using var clean = await Simulators.StartAsync(o => o with { IgnoreWhere = true });
        await using var faulty = await Simulators.StartAsync(o => o with { IgnoreWhere = true, ErrorRate = 0.2, RateLimitEvery = 4, MalformedEvery = 5, PostOrdersStatus = 503 });
        var options = Simulators.ClientOptions(faulty) with { MaxRetries = 10, RequestTimeout = Timeout.InfiniteTimeSpan };
        var clock = new InstantTimeProvider();

        var fullScan = new OrderQuery { FullScan = true };

        var (expected, _) = await CreateSut(clean).StreamOrders(fullScan).ReadAllAsync();
        var (batches, summary) = await new QticketsClient(new HttpClient(), options, timeProvider: clock, jitter: () => 0).StreamOrders(fullScan).ReadAllAsync();

        Assert.Equal(expected.Ids(), batches.Ids());
        Assert.True(summary.Completed);
        Assert.Contains(TimeSpan.FromSeconds(1), clock.RequestedDelays);
        Assert.Contains(faulty.Requests.Snapshot(), r => r.Fault == "malformed");
        Assert.Contains(faulty.Requests.Snapshot(), r => r.Fault == "error-rate");
    }

    [Fact]
    public async Task A_wrong_token_fails_at_once()
    {
        await using var server = await Simulators.StartAsync();
        var options = Simulators.ClientOptions(server) with { Token = "not-the-token" };

        var error = await Assert.ThrowsAnyAsync<Errors.QticketsApiException>(() => new QticketsClient(new HttpClient(), options).StreamOrders(LastTwoDays).ReadAllAsync());

        Assert.InRange(error.StatusCode ?? 0, 401, 403);
        Assert.Equal(1, server.RequestCount("*", "/api/rest/v1/orders"));
    }

    private static QticketsClient CreateSut(SimulatorServer server) =>
        new(new HttpClient(), Simulators.ClientOptions(server));
}
