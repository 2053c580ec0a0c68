using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using Qtickets.ClickHouse.Json;

namespace Qtickets.Benchmarks.HotPaths;

/// <summary>
/// Times the loader's per-order hot paths with a stopwatch (quick, no BenchmarkDotNet run needed): JSON parsing of
/// the order pages, the whole client stream over recorded answers, the transform to staging rows and the
/// <c>JSONEachRow</c> serialisation of the rows. Each path runs once to warm up, then at least three times and
/// until two seconds have passed; the best pass counts. CPU time is reported beside wall time because a shared
/// machine's load inflates wall time but hardly the CPU time a pass needs.
/// </summary>
internal static class HotPathRunner
{
    private static readonly TimeSpan MinimumTime = TimeSpan.FromSeconds(2);

    public static async Task<IReadOnlyList<HotPathResult>> RunAsync(HotPathFixture fixture, CancellationToken cancellationToken)
    {
        var pages = fixture.OrderPages;
        var pageBytes = pages.Sum(page => (long)page.Length);
        var orders = fixture.Orders.Count;
        var results = new List<HotPathResult>
        {
            await MeasureAsync("JsonDocument.Parse of the order pages", orders, pageBytes, () => ParsePages(pages)).ConfigureAwait(false),
            await MeasureAsync("client stream, 1 page in flight", orders, pageBytes, () => StreamAsync(fixture, 1, cancellationToken)).ConfigureAwait(false),
            await MeasureAsync("client stream, 4 pages in flight", orders, pageBytes, () => StreamAsync(fixture, 4, cancellationToken)).ConfigureAwait(false),
            await MeasureAsync("transform to staging rows", orders, 0, () => Transform(fixture)).ConfigureAwait(false),
            await MeasureAsync("JSONEachRow serialisation of the rows", fixture.Rows.Count, 0, () => Serialize(fixture)).ConfigureAwait(false),
        };
        return results;
    }

    private static async Task<HotPathResult> MeasureAsync(string name, long orders, long bytes, Func<ValueTask<long>> pass)
    {
        await pass().ConfigureAwait(false);
        var best = TimeSpan.MaxValue;
        var cpu = TimeSpan.MaxValue;
        var allocated = long.MaxValue;
        using var process = Process.GetCurrentProcess();
        var total = Stopwatch.StartNew();
        for (var round = 0; round < 3 || total.Elapsed < MinimumTime; round++)
        {
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            await pass().ConfigureAwait(false);
            watch.Stop();
            process.Refresh();
            best = watch.Elapsed < best ? watch.Elapsed : best;
            cpu = process.TotalProcessorTime - cpuBefore is var used && used < cpu ? used : cpu;
            allocated = Math.Min(allocated, GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore);
        }

        return new HotPathResult(name, orders, best, cpu, allocated, bytes);
    }

    private static ValueTask<long> ParsePages(IReadOnlyList<byte[]> pages)
    {
        long records = 0;
        foreach (var page in pages)
        {
            using var document = JsonDocument.Parse(page);
            records += document.RootElement.GetProperty("data").GetArrayLength();
        }

        return ValueTask.FromResult(records);
    }

    private static async ValueTask<long> StreamAsync(HotPathFixture fixture, int concurrency, CancellationToken cancellationToken)
    {
        long orders = 0;
        await foreach (var batch in fixture.Client(concurrency).StreamOrders(HotPathFixture.Query).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            orders += batch.Orders.Count;
        }

        return orders;
    }

    private static ValueTask<long> Transform(HotPathFixture fixture)
    {
        var transformer = HotPathFixture.Transformer();
        long rows = 0;
        foreach (var order in fixture.Orders)
        {
            rows += transformer.Transform(order, fixture.Events.Find(order.EventId)).Value is null ? 0 : 1;
        }

        return ValueTask.FromResult(rows);
    }

    private static ValueTask<long> Serialize(HotPathFixture fixture)
    {
        var options = ClickHouseJson.CreateOptions();
        var buffer = new ArrayBufferWriter<byte>(128 * 1024);
        using var writer = new Utf8JsonWriter(buffer);
        long bytes = 0;
        foreach (var row in fixture.Rows)
        {
            writer.Reset(buffer);
            JsonSerializer.Serialize(writer, row, options);
            writer.Flush();
            if (buffer.WrittenCount >= 64 * 1024)
            {
                bytes += buffer.WrittenCount;
                buffer.ResetWrittenCount();
            }
        }

        return ValueTask.FromResult(bytes + buffer.WrittenCount);
    }
}
