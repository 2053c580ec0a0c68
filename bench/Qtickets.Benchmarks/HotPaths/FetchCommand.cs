using System.Diagnostics;
using System.Globalization;
using Qtickets.Api;
using Qtickets.Api.Orders;
using Qtickets.Simulator;

namespace Qtickets.Benchmarks.HotPaths;

/// <summary>
/// <c>./bench.sh --fetch</c>: the order fetch alone (client and simulator over loopback, no transform, no ClickHouse)
/// at 1 and 4 pages in flight, to tell the fetch's own concurrency from the rest of the loader.
/// </summary>
internal static class FetchCommand
{
    public static async Task<int> RunAsync(int orders, int latencyMs, TextWriter output, CancellationToken cancellationToken)
    {
        await using var simulator = await SimulatorServer.StartAsync(
            new SimulatorOptions { Orders = orders, LatencyMs = latencyMs, RequestLogCapacity = 0 }, null, cancellationToken).ConfigureAwait(false);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 8 }) { Timeout = Timeout.InfiniteTimeSpan };
        var table = new TextTable("pages in flight", "orders", "order pages", "seconds", "orders/s", "ms per page");
        foreach (var concurrency in new[] { 1, 4, 1, 4 })
        {
            var client = new QticketsClient(http, new QticketsClientOptions { BaseUri = simulator.RestBaseUri, Token = simulator.Token, MaxConcurrency = concurrency });
            simulator.Requests.Clear();
            var watch = Stopwatch.StartNew();
            long count = 0;
            await foreach (var batch in client.StreamOrders(new OrderQuery { From = simulator.Anchor.AddDays(-400) }).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                count += batch.Orders.Count;
            }

            var pages = simulator.RequestCountExact("GET", "orders");
            table.Add(
                concurrency.ToString(CultureInfo.InvariantCulture), count.ToString(CultureInfo.InvariantCulture), pages.ToString(CultureInfo.InvariantCulture),
                watch.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture),
                (count / watch.Elapsed.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture),
                (watch.Elapsed.TotalMilliseconds / Math.Max(1, pages)).ToString("F1", CultureInfo.InvariantCulture));
        }

        output.WriteLine($"order fetch alone, {orders.ToString("N0", CultureInfo.InvariantCulture)} simulator orders, {latencyMs.ToString(CultureInfo.InvariantCulture)} ms latency (each concurrency twice)");
        output.Write(table.ToString());
        return 0;
    }
}
