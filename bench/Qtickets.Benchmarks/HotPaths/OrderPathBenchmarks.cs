using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Qtickets.Api.Http;
using Qtickets.Api.Parsing;
using Qtickets.ClickHouse.Json;

namespace Qtickets.Benchmarks.HotPaths;

/// <summary>
/// The per-order hot paths under BenchmarkDotNet (<c>./bench.sh --micro</c>): one page of 200 simulator orders read
/// by the document reader the loader used before and by the fast reader, the transform of its orders and the
/// serialisation of their staging rows. Not sealed: BenchmarkDotNet derives from benchmark classes.
/// </summary>
[MemoryDiagnoser]
public class OrderPathBenchmarks
{
    private static readonly ApiRequest Request = new(HttpMethod.Get, "orders");
    private static readonly SecretRedactor Redactor = new(null);
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

    [Benchmark(Baseline = true, Description = "page of orders, document reader (before)")]
    public int DocumentReader()
    {
        using var document = JsonDocument.Parse(_page);
        return PageReader.Read(document.RootElement, 1, OrderParser.Dataset, OrderParser.Parse, Request, Redactor).RecordCount;
    }

    [Benchmark(Description = "page of orders, fast reader")]
    public int FastReader() => OrderPageReader.TryRead(_page, 1)!.RecordCount;

    [Benchmark(Description = "transform of the page's orders")]
    public int Transform()
    {
        var transformer = HotPathFixture.Transformer();
        var fixture = _fixture!;
        var rows = 0;
        foreach (var order in fixture.Orders.Take(200))
        {
            rows += transformer.Transform(order, fixture.Events.Find(order.EventId)).Value is null ? 0 : 1;
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
