using Qtickets.Api;
using Qtickets.Api.Models;
using Qtickets.Api.Orders;
using Qtickets.Pipeline.Rows;
using Qtickets.Api.Time;
using Qtickets.Pipeline.Transform;
using Qtickets.Simulator;

namespace Qtickets.Benchmarks.HotPaths;

/// <summary>
/// The data of the hot-path benchmarks: a first-run backfill of an in-process simulator recorded once, then
/// replayed from memory. Holds the orders, their events and their staging rows for the transform and
/// serialisation benchmarks.
/// </summary>
internal sealed class HotPathFixture : IAsyncDisposable
{
    public static readonly DateTimeOffset Anchor = new(2025, 11, 3, 12, 0, 0, TimeSpan.FromHours(3));

    private readonly SimulatorServer _simulator;
    private readonly HttpClient _http;
    private readonly ReplayHandler _replay;

    private HotPathFixture(SimulatorServer simulator, ReplayHandler replay, HttpClient http)
    {
        _simulator = simulator;
        _replay = replay;
        _http = http;
    }

    public IReadOnlyList<Order> Orders { get; private set; } = [];

    public EventCatalog Events { get; private set; } = new([]);

    public IReadOnlyList<OrderRow> Rows { get; private set; } = [];

    /// <summary>The recorded bodies of the order listing.</summary>
    public IReadOnlyList<byte[]> OrderPages => _replay.AnswersTo(request => request.Contains("/orders?", StringComparison.Ordinal));

    public static OrderQuery Query => new() { From = Anchor - TimeSpan.FromDays(400), PaidOnly = true };

    public static async Task<HotPathFixture> CreateAsync(int orders, CancellationToken cancellationToken)
    {
        var simulator = await SimulatorServer.StartAsync(new SimulatorOptions { Orders = orders, Anchor = Anchor }, null, cancellationToken).ConfigureAwait(false);
        var replay = new ReplayHandler(new SocketsHttpHandler());
        var fixture = new HotPathFixture(simulator, replay, new HttpClient(replay) { Timeout = Timeout.InfiniteTimeSpan });
        await fixture.RecordAsync(cancellationToken).ConfigureAwait(false);
        replay.Recording = false;
        return fixture;
    }

    /// <summary>A client over the recorded answers; <paramref name="concurrency"/> pages in flight.</summary>
    public QticketsClient Client(int concurrency) => new(_http, new QticketsClientOptions
    {
        BaseUri = _simulator.RestBaseUri,
        Token = _simulator.Token,
        MaxConcurrency = concurrency,
    });

    public static OrderTransformer Transformer() => new(storePersonalData: false, MoscowTime.ToWallClock(Anchor));

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _simulator.DisposeAsync().ConfigureAwait(false);
    }

    private async Task RecordAsync(CancellationToken cancellationToken)
    {
        var client = Client(concurrency: 4);
        var events = await client.GetEventsAsync(cancellationToken).ConfigureAwait(false);
        Events = new EventCatalog(events.Items);
        var orders = new List<Order>();
        await foreach (var batch in client.StreamOrders(Query).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            orders.AddRange(batch.Orders);
        }

        Orders = orders;
        var transformer = Transformer();
        Rows = [.. orders.Select(order => transformer.Transform(new ObservedOrder(order, Anchor), Events.Find(order.EventId), null).Value).OfType<OrderRow>()];
    }
}
