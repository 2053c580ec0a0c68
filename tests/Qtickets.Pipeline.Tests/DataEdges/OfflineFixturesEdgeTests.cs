using Qtickets.ClickHouse.Testing;
using Qtickets.Configuration;
using Qtickets.Pipeline.Running;
using Qtickets.Pipeline.Tests.Running;
using Qtickets.TestUtilities;
using static Qtickets.Pipeline.Tests.Support.CapturedShapes;

namespace Qtickets.Pipeline.Tests.DataEdges;

/// <summary>
/// The data edges of <see cref="SeatsTests"/>, <see cref="HostileRecordsTests"/> and <see cref="SaleDayTests"/> again,
/// from files of <c>--offline-fixtures-dir</c> in the real answer shapes: an offline run goes through the same client,
/// contract and writer, so it must store the same numbers and say the same things.
/// </summary>
public sealed class OfflineFixturesEdgeTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>, IDisposable
{
    /// <summary>No request may leave the process: a base URL nothing listens on.</summary>
    private static readonly Dictionary<string, string> Offline = new() { ["QTICKETS_BASE_URL"] = "http://127.0.0.1:9/api/rest/v1/" };

    /// <summary>Event 7 with two shows: 70 (seats saved without counts) and 71 (seats saved with them).</summary>
    private static readonly string TwoShows = Event().Replace(
        "\"deleted_at\":null}]",
        "\"deleted_at\":null},{\"id\":71,\"name\":\"\",\"is_active\":1,\"start_date\":\"2026-12-21T19:00:00+03:00\",\"finish_date\":\"2026-12-21T22:00:00+03:00\",\"deleted_at\":null}]",
        StringComparison.Ordinal);

    /// <summary>The real answer of a show's seats asked without select: zones whose seats carry only seat_id and admission.</summary>
    private const string SeatsWithoutCounts = """
        {"data":{"Z1":{"zone_id":"Z1","name":"Партер","seats":{"1;1":{"seat_id":"Z1-1;1","admission":true},"1;2":{"seat_id":"Z1-1;2","admission":true}}},
                 "Z2":{"zone_id":"Z2","name":"Танцпол","seats":{"ga":{"seat_id":"Z2-ga","admission":true}}}}}
        """;

    private const string SeatsWithCounts = """
        {"data":{"GA-1":{"id":"GA-1","zone_id":"GA","admission":true,"max_quantity":"200","free_quantity":"37","available":"1","disabled":0}}}
        """;

    private readonly TempDirectory _fixtures = new();

    public void Dispose() => _fixtures.Dispose();

    [Fact]
    public async Task A_saved_seats_answer_without_counts_leaves_its_show_and_event_unknown_offline()
    {
        await using var harness = await LoaderHarness.StartAsync(clickHouse, _ => throw new InvalidOperationException("an offline run sent a request"));
        _fixtures.Write("events.json", Page([TwoShows], 1, 1, perPage: 10));
        _fixtures.Write("orders.json", Page([Order(1)], 1, 1));
        _fixtures.Write("seats/70.json", SeatsWithoutCounts);
        _fixtures.Write("seats/71.json", SeatsWithCounts);

        var report = await harness.RunAsync(Offline, new RunOverrides(OfflineFixturesDir: _fixtures.Path));

        Assert.Equal(RunStatus.Ok, report.Status);
        Assert.Equal(1, await harness.ScalarAsync("SELECT count() FROM stg_qtickets_api_inventory_raw WHERE show_id = '70' AND tickets_total IS NULL AND tickets_left IS NULL"));
        Assert.Equal(0, await harness.ScalarAsync("SELECT count() FROM stg_qtickets_api_inventory_raw WHERE show_id = '70' AND (tickets_total IS NOT NULL OR tickets_left IS NOT NULL)"));
        Assert.Equal(200, await harness.ScalarAsync("SELECT toInt64(assumeNotNull(max(tickets_total))) FROM stg_qtickets_api_inventory_raw WHERE show_id = '71'"));
        Assert.Equal(37, await harness.ScalarAsync("SELECT toInt64(assumeNotNull(max(tickets_left))) FROM stg_qtickets_api_inventory_raw WHERE show_id = '71'"));
        Assert.Equal(1, await harness.ScalarAsync("SELECT count() FROM fact_qtickets_inventory_latest FINAL WHERE event_id = '7' AND tickets_total IS NULL AND tickets_left IS NULL"));
        Assert.Equal(0, await harness.ScalarAsync("SELECT count() FROM fact_qtickets_inventory_latest FINAL WHERE tickets_total IS NOT NULL OR tickets_left IS NOT NULL"));
        Assert.Equal(0, await harness.ScalarAsync("SELECT count() FROM dim_events FINAL WHERE tickets_total IS NOT NULL OR tickets_left IS NOT NULL"));
        var warning = Assert.Single(report.Warnings, w => w.StartsWith("inventory: capacity unknown (stored as NULL) for ", StringComparison.Ordinal));
        Assert.Contains("for 1 show(s)", warning, StringComparison.Ordinal);
        Assert.Contains("show 70 of event 7", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("show 71", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_orders_file_of_hostile_and_changing_records_stores_exactly_what_the_contract_says_offline()
    {
        await using var harness = await LoaderHarness.StartAsync(clickHouse, _ => throw new InvalidOperationException("an offline run sent a request"));
        _fixtures.Write("events.json", Page([Event()], 1, 1, perPage: 10));
        var soon = DateTimeOffset.UtcNow.AddHours(20);
        var longUtm = new string('u', 300);
        var firstRun = new[]
        {
            Order(1),
            Order(2, currency: "USD", prices: "\"20.00\""),
            Order(3, refunds: """[{"id":9,"amount":"1500.00","created_at":"2026-11-21T10:00:00+03:00"}]"""),
            Order(4, utm: $$"""{"utm_source":"{{longUtm}}","utm_medium":"cpc"}"""),
            Refunded(5),
            Order(5),
            BasketStamped(Order(6), new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.FromHours(3))),
            BasketStamped(Order(7), soon),
            Order(8, payedAt: Day.AddDays(-3)),
        };
        _fixtures.Write("orders.json", "[" + string.Join(",", firstRun) + "]");

        var first = await harness.RunAsync(Offline, new RunOverrides(OfflineFixturesDir: _fixtures.Path));

        Assert.Equal(RunStatus.Ok, first.Status);
        var rejected = Assert.Single(first.Orders!.RejectedFirst);
        Assert.Equal("6", rejected.RecordId);
        Assert.Contains("lies outside 2000-01-01", rejected.Reason, StringComparison.Ordinal);
        Assert.Contains(first.Warnings, w => w.Contains("kept in staging but not in the daily facts (USD 1)", StringComparison.Ordinal));
        Assert.Contains(first.Warnings, w => w.Contains("1 order(s) (3) have order-level refunds while no basket is marked refunded", StringComparison.Ordinal));
        Assert.Contains(first.Warnings, w => w.Contains("1 order(s) (4) had text longer than stored text may be", StringComparison.Ordinal));
        Assert.Contains(first.Warnings, w => w.Contains("order 5 appears twice on page 1; the copy with the later timestamps is kept", StringComparison.Ordinal));
        Assert.Equal(
            ["1:1:1500:RUB", "2:1:20:USD", "3:1:1500:RUB", "4:1:1500:RUB", "5:0:0:RUB", "7:1:1500:RUB", "8:1:1500:RUB"],
            await StagedAsync(harness));
        Assert.Equal(
            new Dictionary<(DateOnly, string), (long, decimal, long)> { [(SaleDay(Day), "москва")] = (4, 6000m, 4), [(SaleDay(Day.AddDays(-3)), "москва")] = (1, 1500m, 1) },
            await Sales.FromFactsAsync(harness.Admin));
        Assert.Equal("u256 cpc", await harness.Admin.QueryScalarAsync<string>(
            "SELECT concat('u', toString(length(utm_source)), ' ', utm_medium) FROM stg_qtickets_api_orders_raw FINAL WHERE order_id = '4'", CancellationToken.None));
        Assert.Equal(256, await harness.ScalarAsync("SELECT toInt64(max(length(utm_source))) FROM fact_qtickets_sales_utm_daily FINAL"));
        Assert.Equal(0, await harness.ScalarAsync("SELECT count() FROM fact_qtickets_sales_utm_daily FINAL WHERE length(utm_source) > 256"));

        var secondRun = new[]
        {
            Order(1),
            Order(2, currency: "USD", prices: "\"20.00\""),
            Order(3, refunds: """[{"id":9,"amount":"1500.00","created_at":"2026-11-21T10:00:00+03:00"}]"""),
            Order(4, utm: $$"""{"utm_source":"{{longUtm}}","utm_medium":"cpc"}"""),
            Refunded(5),
            Refunded(6),
            Refunded(7),
            // Paid alone on its day in the first run: only the day it left can take it out of the facts there.
            Order(8, payedAt: Day.AddDays(2)),
        };
        _fixtures.Write("orders.json", "[" + string.Join(",", secondRun) + "]");

        var second = await harness.RunAsync(Offline, new RunOverrides(OfflineFixturesDir: _fixtures.Path));

        Assert.Equal(RunStatus.Ok, second.Status);
        Assert.Equal(0, second.OrdersRejected);
        Assert.Equal(
            ["1:1:1500:RUB", "2:1:20:USD", "3:1:1500:RUB", "4:1:1500:RUB", "5:0:0:RUB", "6:0:0:RUB", "7:0:0:RUB", "8:1:1500:RUB"],
            await StagedAsync(harness));
        var facts = await Sales.FromFactsAsync(harness.Admin);
        Assert.Equal(
            new Dictionary<(DateOnly, string), (long, decimal, long)> { [(SaleDay(Day), "москва")] = (3, 4500m, 3), [(SaleDay(Day.AddDays(2)), "москва")] = (1, 1500m, 1) },
            facts);
        Assert.Equal(await Sales.FromStagingAsync(harness.Admin), facts);
    }

    /// <summary>The order with its one basket refunded a day after payment, its updated_at moved with the refund.</summary>
    private static string Refunded(long id) =>
        Order(id, updatedAt: Day.AddDays(1)).Replace("\"refunded_at\":null", $"\"refunded_at\":\"{Stamp(Day.AddDays(1))}\"", StringComparison.Ordinal);

    /// <summary>The order with its basket's updated_at (the payment time in <see cref="Basket"/>) set to <paramref name="stamp"/>.</summary>
    private static string BasketStamped(string order, DateTimeOffset stamp) =>
        order.Replace($"\"updated_at\":\"{Stamp(Day)}\"", $"\"updated_at\":\"{Stamp(stamp)}\"", StringComparison.Ordinal);

    private static DateOnly SaleDay(DateTimeOffset paid) => DateOnly.FromDateTime(paid.ToOffset(TimeSpan.FromHours(3)).DateTime);

    /// <summary>Every staged order as <c>id:tickets:revenue:currency</c>, deduplicated, in id order.</summary>
    private static async Task<List<string>> StagedAsync(LoaderHarness harness)
    {
        var rows = await harness.Admin.QueryAsync<StagedRow>(
            "SELECT concat(order_id, ':', toString(tickets_sold), ':', toString(revenue), ':', currency) AS line FROM stg_qtickets_api_orders_raw FINAL ORDER BY toUInt64(order_id)",
            CancellationToken.None);
        return [.. rows.Select(r => r.Line)];
    }

    private sealed record StagedRow(string Line);
}
