using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Qtickets.Api.Parsing;
using Qtickets.ClickHouse.Json;
using Qtickets.Pipeline.Transform;

namespace Qtickets.Benchmarks.HotPaths;

/// <summary>
/// The per-order hot paths under BenchmarkDotNet (<c>./bench.sh --micro</c>): one page of 200 simulator orders read
/// by JsonDocument (a floor) and by the order reader, the transform of its orders and the
/// serialisation of their staging rows. Not sealed: BenchmarkDotNet derives from benchmark classes.
/// </summary>
[MemoryDiagnoser]
public class OrderPathBenchmarks
{
    private readonly JsonSerializerOptions _json = ClickHouseJson.CreateOptions();
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);
    private HotPathFixture? _fixture;
    private byte[] _page = [];

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _fixture = await HotPathFixture.CreateAsync(2_000, CancellationToken.None).ConfigureAwait(false);
        _page = _fixture.OrderPages.MaxBy(page => page.Length)!;
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        if (_fixture is not null)
        {
            await _fixture.DisposeAsync().ConfigureAwait(false);
        }
    }

    [Benchmark(Baseline = true, Description = "page of orders, JsonDocument.Parse alone (a floor)")]
    public int DocumentOnly()
    {
        using var document = JsonDocument.Parse(_page);
        return document.RootElement.GetProperty("data").GetArrayLength();
    }

    [Benchmark(Description = "page of orders, the order reader")]
    public int OrderReader() => OrderPageReader.Read(_page, 1, HotPathFixture.Anchor).RecordCount;

    [Benchmark(Description = "transform of the page's orders")]
    public int Transform()
    {
        var transformer = HotPathFixture.Transformer();
        var fixture = _fixture!;
        var rows = 0;
        foreach (var order in fixture.Orders.Take(200))
        {
            rows += transformer.Transform(new ObservedOrder(order, HotPathFixture.Anchor), fixture.Events.Find(order.EventId), null).Value is null ? 0 : 1;
        }

        return rows;
    }

    [Benchmark(Description = "JSONEachRow of 200 staging rows")]
    public int Serialize()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        foreach (var row in _fixture!.Rows.Take(200))
        {
            writer.Reset(_buffer);
            JsonSerializer.Serialize(writer, row, _json);
            writer.Flush();
        }

        return _buffer.WrittenCount;
    }
}
