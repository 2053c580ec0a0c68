using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using Qtickets.Pipeline.Transform;
using Qtickets.Api.Parsing;
using Qtickets.ClickHouse.Json;

namespace Qtickets.Benchmarks.HotPaths;

/// <summary>
/// Times the loader's per-order hot paths with a stopwatch (quick, no BenchmarkDotNet run needed): reading the order
/// pages with the document reader the loader used before and with the fast reader, the whole client stream over
/// recorded answers, the transform to staging rows and the <c>JSONEachRow</c> serialisation of the rows.
/// The paths run in turns (one pass of each per round, after a warm-up round) for at least three rounds and
/// <see cref="MinimumTime"/>, and the best pass of each counts: on a shared machine, load comes and goes, and turns
/// expose every path to the same load. CPU time is reported beside wall time for the same reason.
/// </summary>
internal static class HotPathRunner
{
    private static readonly TimeSpan MinimumTime = TimeSpan.FromSeconds(6);

    public static async Task<IReadOnlyList<HotPathResult>> RunAsync(HotPathFixture fixture, CancellationToken cancellationToken)
    {
        var pages = fixture.OrderPages;
        var bytes = pages.Sum(page => (long)page.Length);
        var orders = fixture.Orders.Count;
        var paths = new (string Name, long Orders, long Bytes, Func<ValueTask<long>> Pass)[]
        {
            ("order pages, JsonDocument.Parse alone (a floor: no record is read)", orders, bytes, () => DocumentOnly(pages)),
            ("order pages, the order reader (OrderPageReader + data contract)", orders, bytes, () => OrderReader(pages)),
            ("client stream, 1 page in flight", orders, bytes, () => StreamAsync(fixture, 1, cancellationToken)),
            ("client stream, 4 pages in flight", orders, bytes, () => StreamAsync(fixture, 4, cancellationToken)),
            ("transform to staging rows", orders, 0, () => Transform(fixture)),
            ("JSONEachRow serialisation of the rows", fixture.Rows.Count, 0, () => Serialize(fixture)),
        };
        var best = paths.Select(path => new Best(path.Name, path.Orders, path.Bytes)).ToArray();
        using var process = Process.GetCurrentProcess();
        var total = Stopwatch.StartNew();
        for (var round = 0; round < 4 || total.Elapsed < MinimumTime; round++)
        {
            for (var index = 0; index < paths.Length; index++)
            {
                var allocated = GC.GetTotalAllocatedBytes(precise: false);
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                await paths[index].Pass().ConfigureAwait(false);
                watch.Stop();
                process.Refresh();
                if (round > 0)
                {
                    best[index].Note(watch.Elapsed, process.TotalProcessorTime - cpu, GC.GetTotalAllocatedBytes(precise: false) - allocated);
                }
            }
        }

        return [.. best.Select(b => b.ToResult())];
    }

    private static ValueTask<long> DocumentOnly(IReadOnlyList<byte[]> pages)
    {
        long records = 0;
        foreach (var page in pages)
        {
            using var document = JsonDocument.Parse(page);
            records += document.RootElement.GetProperty("data").GetArrayLength();
        }

        return ValueTask.FromResult(records);
    }

    private static ValueTask<long> OrderReader(IReadOnlyList<byte[]> pages)
    {
        long records = 0;
        foreach (var page in pages)
        {
            records += OrderPageReader.Read(page, 1, HotPathFixture.Anchor).RecordCount;
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
            rows += transformer.Transform(new ObservedOrder(order, HotPathFixture.Anchor), fixture.Events.Find(order.EventId), null).Value is null ? 0 : 1;
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

    /// <summary>The best wall time, CPU time and allocation of one path over the rounds.</summary>
    private sealed class Best(string name, long orders, long bytes)
    {
        private TimeSpan _wall = TimeSpan.MaxValue;
        private TimeSpan _cpu = TimeSpan.MaxValue;
        private long _allocated = long.MaxValue;

        public void Note(TimeSpan wall, TimeSpan cpu, long allocated)
        {
            _wall = wall < _wall ? wall : _wall;
            _cpu = cpu < _cpu ? cpu : _cpu;
            _allocated = Math.Min(_allocated, allocated);
        }

        public HotPathResult ToResult() => new(name, orders, _wall, _cpu, _allocated, bytes);
    }
}
