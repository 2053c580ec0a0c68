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
}
