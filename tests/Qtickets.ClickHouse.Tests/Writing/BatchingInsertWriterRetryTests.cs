using System.Net;
using Microsoft.Extensions.Time.Testing;
using Qtickets.ClickHouse.Writing;
using Qtickets.TestUtilities.Http;
using Qtickets.TestUtilities.Time;

namespace Qtickets.ClickHouse.Tests.Writing;

/// <summary>Retries and failures of the batching writer against a scripted server (a stub handler under a real HttpClient).</summary>
public sealed class BatchingInsertWriterRetryTests : IDisposable
{
    private readonly StubHttpMessageHandler _server = new(_ => StubResponse.Text(string.Empty, "text/plain"));
    private readonly HttpClient _http;
    private readonly InstantTimeProvider _time = new();

    public BatchingInsertWriterRetryTests()
    {
        _http = new HttpClient(_server);
    }

    public void Dispose() => _http.Dispose();

    // The instant clock makes back-off delays pass at once, and also a partial batch's flush interval: tests that
    // count requests write a single row, tests that need several rows in one batch use a clock that never moves.
    private BatchingInsertWriter<Row> CreateSut(int maxRetries = 3, TimeProvider? time = null) =>
        new(new ClickHouseHttpClient(_http, new ClickHouseConnectionOptions()), "zakaz.t",
            new BatchingInsertOptions
            {
                BatchSize = 10,
                QueueLimit = 100,
                MaxRetries = maxRetries,
                RetryBaseDelay = TimeSpan.FromMilliseconds(200),
                MaxRetryDelay = TimeSpan.FromSeconds(1),
            },
            time ?? _time);

    private static HttpResponseMessage Busy() =>
        StubResponse.Text("Code: 202, e.displayText() = DB::Exception: Too many simultaneous queries", "text/plain", HttpStatusCode.ServiceUnavailable);

    private static HttpResponseMessage UnknownTable() =>
        StubResponse.Text("Code: 60, e.displayText() = DB::Exception: Table zakaz.t doesn't exist., e.what() = DB::Exception", "text/plain", HttpStatusCode.NotFound);

    [Fact]
    public async Task Transient_failures_are_retried_with_growing_delays_until_the_batch_is_written()
    {
        _server.Enqueue(Busy).Enqueue(Busy);
        await using var writer = CreateSut();

        await writer.WriteAsync(new Row(1), CancellationToken.None);
        await writer.CompleteAsync(CancellationToken.None);

        Assert.Equal(3, _server.Requests.Count);
        Assert.Equal(1, writer.RowsWritten);
        var backOff = _time.RequestedDelays.Where(d => d < TimeSpan.FromSeconds(2)).ToList();
        Assert.Equal([TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400)], backOff);
    }

    [Fact]
    public async Task Retries_are_bounded_and_the_last_failure_is_surfaced()
    {
        var server = new StubHttpMessageHandler(_ => Busy());
        using var http = new HttpClient(server);
        await using var writer = new BatchingInsertWriter<Row>(new ClickHouseHttpClient(http, new ClickHouseConnectionOptions()), "t",
            new BatchingInsertOptions { BatchSize = 5, QueueLimit = 10, MaxRetries = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(1) }, _time);

        await writer.WriteAsync(new Row(1), CancellationToken.None);
        var failure = await Assert.ThrowsAsync<ClickHouseBatchWriteException>(() => writer.CompleteAsync(CancellationToken.None));

        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(3, failure.Attempts);
        Assert.Equal(503, Assert.IsType<ClickHouseException>(failure.InnerException).StatusCode);
    }

    [Fact]
    public async Task A_refused_insert_is_not_retried()
    {
        _server.Enqueue(UnknownTable);
        await using var writer = CreateSut();

        await writer.WriteAsync(new Row(1), CancellationToken.None);
        var failure = await Assert.ThrowsAsync<ClickHouseBatchWriteException>(() => writer.CompleteAsync(CancellationToken.None));

        Assert.Single(_server.Requests);
        Assert.Equal(60, Assert.IsType<ClickHouseException>(failure.InnerException).ErrorCode);
        Assert.Contains("doesn't exist", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_failure_writing_more_rows_throws_the_failure()
    {
        _server.Enqueue(UnknownTable);
        await using var writer = CreateSut(maxRetries: 0, time: new FakeTimeProvider());
        for (var i = 0; i < 10; i++)
        {
            await writer.WriteAsync(new Row(i), CancellationToken.None);
        }

        var failure = await WaitForFailureAsync(writer);

        Assert.Equal(10, failure.BatchRows);
        Assert.Equal(0, failure.RowsWrittenBefore);
    }

    [Fact]
    public async Task Dispose_throws_a_failure_nobody_has_seen()
    {
        _server.Enqueue(UnknownTable);
        var writer = CreateSut();
        await writer.WriteAsync(new Row(1), CancellationToken.None);

        await Assert.ThrowsAsync<ClickHouseBatchWriteException>(async () => await writer.DisposeAsync());
    }

    [Fact]
    public async Task Dispose_does_not_throw_a_failure_already_reported()
    {
        _server.Enqueue(UnknownTable);
        var writer = CreateSut();
        await writer.WriteAsync(new Row(1), CancellationToken.None);
        await Assert.ThrowsAsync<ClickHouseBatchWriteException>(() => writer.CompleteAsync(CancellationToken.None));

        var disposal = await Record.ExceptionAsync(async () => await writer.DisposeAsync());

        Assert.Null(disposal);
    }

    [Fact]
    public async Task Rows_are_sent_as_JSONEachRow_lines_into_the_named_table()
    {
        await using var writer = CreateSut(time: new FakeTimeProvider());
        await writer.WriteAsync(new Row(7), CancellationToken.None);
        await writer.WriteAsync(new Row(8), CancellationToken.None);
        await writer.CompleteAsync(CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("INSERT INTO zakaz.t FORMAT JSONEachRow", request.Query("query"));
        Assert.Equal("{\"id\":7}\n{\"id\":8}\n", request.Body);
    }

    [Fact]
    public void Invalid_options_are_rejected_with_every_problem()
    {
        var options = new BatchingInsertOptions { BatchSize = 0, FlushInterval = TimeSpan.Zero, MaxRetries = -1 };

        var error = Assert.Throws<ClickHouseConfigurationException>(() =>
            new BatchingInsertWriter<Row>(new ClickHouseHttpClient(_http, new ClickHouseConnectionOptions()), "t", options));

        Assert.Equal(3, error.Errors.Count);
    }

    private static async Task<ClickHouseBatchWriteException> WaitForFailureAsync(BatchingInsertWriter<Row> writer)
    {
        for (var i = 0; i < 200; i++)
        {
            try
            {
                await writer.WriteAsync(new Row(-1), CancellationToken.None);
            }
            catch (ClickHouseBatchWriteException failure)
            {
                return failure;
            }

            await Task.Delay(10);
        }

        throw new InvalidOperationException("the writer never reported its failure");
    }

    public sealed record Row(long Id);
}
