using Microsoft.Extensions.Time.Testing;
using Qtickets.ClickHouse.Testing;
using Qtickets.ClickHouse.Writing;

namespace Qtickets.ClickHouse.Tests.Writing;

/// <summary>The batching writer against the real local ClickHouse.</summary>
public sealed class BatchingInsertWriterTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly FakeTimeProvider _time = new();

    private async Task<ClickHouseTestDatabase> CreateDatabaseAsync()
    {
        var db = await clickHouse.CreateDatabaseAsync(bootstrap: false);
        await db.Admin.ExecuteAsync($"CREATE TABLE {db.Name}.rows (id UInt64) ENGINE = MergeTree ORDER BY id", None);
        return db;
    }

    private BatchingInsertWriter<Row> CreateSut(ClickHouseTestDatabase db, int batchSize, TimeSpan flushInterval, string table = "rows") =>
        new(db.Writer, table, new BatchingInsertOptions { BatchSize = batchSize, QueueLimit = batchSize * 4, FlushInterval = flushInterval, MaxRetries = 0 }, _time);

    [Fact]
    public async Task Full_batches_are_sent_at_once_and_the_rest_on_completion()
    {
        await using var db = await CreateDatabaseAsync();
        await using var writer = CreateSut(db, batchSize: 100, flushInterval: TimeSpan.FromHours(1));

        for (var i = 0; i < 250; i++)
        {
            await writer.WriteAsync(new Row((ulong)i), None);
        }

        await WaitUntilAsync(async () => await db.CountAsync("rows") == 200);
        await Task.Delay(300);
        Assert.Equal(200, await db.CountAsync("rows"));

        await writer.CompleteAsync(None);
        Assert.Equal(250, await db.CountAsync("rows"));
        Assert.Equal((250, 3), (writer.RowsWritten, writer.BatchesWritten));
    }

    [Fact]
    public async Task A_partial_batch_is_sent_once_the_flush_interval_has_passed()
    {
        await using var db = await CreateDatabaseAsync();
        await using var writer = CreateSut(db, batchSize: 1000, flushInterval: TimeSpan.FromSeconds(5));

        for (var i = 0; i < 3; i++)
        {
            await writer.WriteAsync(new Row((ulong)i), None);
        }

        await Task.Delay(300);
        Assert.Equal(0, await db.CountAsync("rows"));

        await WaitUntilAsync(async () =>
        {
            _time.Advance(TimeSpan.FromSeconds(5));
            return await db.CountAsync("rows") == 3;
        });

        // The server stores the rows a moment before the writer counts its batch: wait for the count, then check it.
        await WaitUntilAsync(() => Task.FromResult(writer.BatchesWritten > 0));
        Assert.Equal(1, writer.BatchesWritten);
    }

    [Fact]
    public async Task A_refused_insert_is_surfaced_with_the_servers_reason()
    {
        await using var db = await CreateDatabaseAsync();
        await using var writer = CreateSut(db, batchSize: 10, flushInterval: TimeSpan.FromHours(1), table: "no_such_table");

        await writer.WriteAsync(new Row(1), None);
        var failure = await Assert.ThrowsAsync<ClickHouseBatchWriteException>(() => writer.CompleteAsync(None));

        Assert.Equal(60, Assert.IsType<ClickHouseException>(failure.InnerException).ErrorCode);
        Assert.Equal("no_such_table", failure.Table);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("the condition did not become true within 5 s");
    }

    public sealed record Row(ulong Id);
}
