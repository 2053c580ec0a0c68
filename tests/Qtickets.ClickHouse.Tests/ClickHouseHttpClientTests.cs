using System.Text.Json.Serialization;
using Qtickets.ClickHouse.Testing;

namespace Qtickets.ClickHouse.Tests;

/// <summary>The HTTP client against the real local ClickHouse.</summary>
public sealed class ClickHouseHttpClientTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Query_returns_typed_rows_including_quoted_64_bit_integers_nulls_dates_and_times()
    {
        var client = clickHouse.CreateReaderClient();

        var rows = await client.QueryAsync<TypedRow>(
            "SELECT toUInt64(18446744073709551615) AS big, toInt64(-5) AS negative, toUInt32(7) AS small, " +
            "CAST(NULL AS Nullable(UInt32)) AS missing, 2.5 AS amount, toDate('2025-11-03') AS day, " +
            "toDateTime('2025-11-03 18:30:05') AS moment, 'Москва' AS city, toFixedString('abc', 3) AS code", None);

        var row = Assert.Single(rows);
        Assert.Equal(new TypedRow(ulong.MaxValue, -5, 7, null, 2.5, new DateOnly(2025, 11, 3),
            new DateTime(2025, 11, 3, 18, 30, 5), "Москва", "abc"), row);
    }

    [Fact]
    public async Task Query_returns_every_row_in_order()
    {
        var rows = await clickHouse.CreateReaderClient().QueryAsync<NumberRow>("SELECT number FROM system.numbers LIMIT 1000", None);

        Assert.Equal(Enumerable.Range(0, 1000).Select(i => (ulong)i), rows.Select(r => r.Number));
    }

    [Fact]
    public async Task Scalar_returns_the_first_column_of_the_first_row_or_default()
    {
        var client = clickHouse.CreateReaderClient();

        Assert.Equal(42L, await client.QueryScalarAsync<long>("SELECT toUInt64(42), 'ignored'", None));
        Assert.Null(await client.QueryScalarAsync<string>("SELECT 'x' FROM system.one WHERE 0", None));
    }

    [Fact]
    public async Task Server_version_is_detected()
    {
        var version = await clickHouse.CreateReaderClient().GetServerVersionAsync(None);

        Assert.True(version.Major >= 18, version.Text);
    }

    [Fact]
    public async Task Insert_streams_many_rows_in_one_request_and_reads_them_back()
    {
        await using var db = await clickHouse.CreateDatabaseAsync(bootstrap: false);
        await db.Admin.ExecuteAsync($"CREATE TABLE {db.Name}.items (id UInt64, name String, price Nullable(Float64), at DateTime) ENGINE = MergeTree ORDER BY id", None);

        var written = await db.Writer.InsertAsync("items", Items(100_000), None);

        Assert.Equal(100_000, written);
        var summary = Assert.Single(await db.Reader.QueryAsync<ItemSummary>(
            "SELECT count() AS rows, sum(id) AS id_sum, countIf(price IS NULL) AS null_prices, max(at) AS last FROM items", None));
        Assert.Equal(new ItemSummary(100_000, 4_999_950_000, 50_000, new DateTime(2025, 1, 1).AddSeconds(99_999)), summary);
    }

    [Fact]
    public async Task Insert_accepts_rows_produced_asynchronously_and_escapes_their_text()
    {
        await using var db = await clickHouse.CreateDatabaseAsync(bootstrap: false);
        await db.Admin.ExecuteAsync($"CREATE TABLE {db.Name}.items (id UInt64, name String, price Nullable(Float64), at DateTime) ENGINE = MergeTree ORDER BY id", None);
        string[] names = ["quote \" and ' apostrophe", "back\\slash", "new\nline", "tab\tand unicode ✓ Москва", "{\"json\":1}"];

        await db.Writer.InsertAsync($"{db.Name}.items", ProduceAsync(names), None);

        var stored = await db.Reader.QueryAsync<NameRow>("SELECT name FROM items ORDER BY id", None);
        Assert.Equal(names, stored.Select(r => r.Name));
    }

    [Fact]
    public async Task Server_error_carries_status_code_and_message()
    {
        var client = clickHouse.CreateAdminClient();

        var error = await Assert.ThrowsAsync<ClickHouseException>(() => client.QueryAsync<NumberRow>("SELECT number FROM default.no_such_table", None));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal(60, error.ErrorCode);
        Assert.Contains("no_such_table", error.ServerMessage, StringComparison.Ordinal);
        Assert.Contains("Code: 60", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_error_after_the_first_rows_were_sent_is_still_an_error(bool readRows)
    {
        // ClickHouse answers 200, streams the first blocks, then appends the error text to the body.
        const string sql = "SELECT number, throwIf(number = 200000) AS x FROM system.numbers LIMIT 300000";
        var client = clickHouse.CreateReaderClient();

        var error = await Assert.ThrowsAsync<ClickHouseException>(() =>
            readRows ? client.QueryAsync<NumberRow>(sql, None) : client.ExecuteAsync(sql + " FORMAT JSONEachRow", None));

        Assert.Equal(200, error.StatusCode);
        Assert.Equal(395, error.ErrorCode);
        Assert.Contains("throwIf", error.ServerMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_is_reported_without_the_password()
    {
        var options = clickHouse.Options(clickHouse.Connection.Writer) with { Password = "Wr0ngPassw0rdValue" };
        var client = clickHouse.CreateClient(options);

        var error = await Assert.ThrowsAsync<ClickHouseException>(() => client.ExecuteAsync("SELECT 1", None));

        Assert.Equal(193, error.ErrorCode);
        Assert.DoesNotContain("Wr0ngPassw0rdValue", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_echoed_by_the_server_is_redacted_from_the_error()
    {
        var admin = clickHouse.Connection.Admin;
        var client = clickHouse.CreateAdminClient();

        var error = await Assert.ThrowsAsync<ClickHouseException>(() =>
            client.ExecuteAsync($"SELECT 1 FROM default.missing_{admin.Password}", None));

        Assert.DoesNotContain(admin.Password, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("***", error.ServerMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_slower_than_the_timeout_fails_as_a_timeout()
    {
        var options = clickHouse.Options(clickHouse.Connection.Reader) with { RequestTimeout = TimeSpan.FromMilliseconds(300) };
        var client = clickHouse.CreateClient(options);

        var error = await Assert.ThrowsAsync<ClickHouseException>(() => client.ExecuteAsync("SELECT sleep(2)", None));

        Assert.True(error.IsTimeout);
        Assert.True(error.IsTransient);
        Assert.Contains("0.3 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_stops_the_request()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            clickHouse.CreateReaderClient().ExecuteAsync("SELECT sleep(2)", cancellation.Token));
    }

    [Fact]
    public async Task An_unreachable_server_is_reported_as_such()
    {
        var options = clickHouse.Options(clickHouse.Connection.Reader) with { Port = 1 };
        var client = clickHouse.CreateClient(options);

        var error = await Assert.ThrowsAsync<ClickHouseException>(() => client.ExecuteAsync("SELECT 1", None));

        Assert.Null(error.StatusCode);
        Assert.True(error.IsTransient);
        Assert.Contains("could not be reached", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exception_of_the_row_source_is_the_one_the_caller_sees()
    {
        await using var db = await clickHouse.CreateDatabaseAsync(bootstrap: false);
        await db.Admin.ExecuteAsync($"CREATE TABLE {db.Name}.items (id UInt64) ENGINE = MergeTree ORDER BY id", None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.Writer.InsertAsync("items", Failing(), None));

        Assert.Equal("row source broke", error.Message);
    }

    private static IEnumerable<Item> Items(int count) =>
        Enumerable.Range(0, count).Select(i => new Item((ulong)i, $"item {i}", i % 2 == 0 ? null : i * 1.5, new DateTime(2025, 1, 1).AddSeconds(i)));

    private static async IAsyncEnumerable<Item> ProduceAsync(string[] names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            await Task.Yield();
            yield return new Item((ulong)i, names[i], null, new DateTime(2025, 1, 1));
        }
    }

    private static IEnumerable<NumberRow> Failing()
    {
        yield return new NumberRow(1);
        throw new InvalidOperationException("row source broke");
    }

    private sealed record TypedRow(ulong Big, long Negative, uint Small, uint? Missing, double Amount, DateOnly Day, DateTime Moment, string City, string Code);

    private sealed record NumberRow([property: JsonPropertyName("number")] ulong Number);

    private sealed record NameRow(string Name);

    private sealed record Item(ulong Id, string Name, double? Price, DateTime At);

    private sealed record ItemSummary(long Rows, ulong IdSum, long NullPrices, DateTime Last);
}
