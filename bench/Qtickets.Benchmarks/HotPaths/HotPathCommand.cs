using System.Globalization;

namespace Qtickets.Benchmarks.HotPaths;

/// <summary><c>./bench.sh --hot-paths</c>: records a backfill of the simulator once and times the per-order hot paths.</summary>
internal static class HotPathCommand
{
    public static async Task<int> RunAsync(int orders, TextWriter output, CancellationToken cancellationToken)
    {
        output.WriteLine($"hot paths: recording a backfill of {orders.ToString(CultureInfo.InvariantCulture)} simulator orders, then replaying it from memory");
        await using var fixture = await HotPathFixture.CreateAsync(orders, cancellationToken).ConfigureAwait(false);
        var results = await HotPathRunner.RunAsync(fixture, cancellationToken).ConfigureAwait(false);
        var table = new TextTable("hot path", "orders", "best pass ms", "µs per order", "CPU µs per order", "orders/s", "MB/s of JSON", "allocated KB per order");
        foreach (var result in results)
        {
            table.Add(
                result.Name,
                result.Orders.ToString(CultureInfo.InvariantCulture),
                result.Best.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture),
                result.MicrosecondsPerOrder.ToString("F2", CultureInfo.InvariantCulture),
                result.CpuMicrosecondsPerOrder.ToString("F2", CultureInfo.InvariantCulture),
                result.OrdersPerSecond.ToString("N0", CultureInfo.InvariantCulture),
                result.MegabytesPerSecond,
                result.AllocatedKilobytesPerOrder.ToString("F1", CultureInfo.InvariantCulture));
        }

        output.Write(table.ToString());
        return 0;
    }
}
