using System.Text.Json;
using Qtickets.ClickHouse.Testing;
using Qtickets.Configuration;
using Qtickets.Pipeline.Running;
using Qtickets.Pipeline.Tests.Running;
using Qtickets.Pipeline.Tests.Support;
using static Qtickets.Pipeline.Tests.Support.CapturedShapes;

namespace Qtickets.Pipeline.Tests.DataEdges;

/// <summary>
/// A tenant that lies about its total or cuts a walk short: the run reads on past a total that under-reports, and
/// fails with what it read where a walk ends early, never a quiet ok or a full scan recorded.
/// </summary>
public sealed class WalkTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    private static readonly List<string> TwoHundred = [.. Enumerable.Range(1, 200).Select(id => Order(id))];

    public static TheoryData<string, string> CutShort() => new()
    {
        { "empty", "read 50 of 200 orders; the walk stopped at page 2: page 2 of 4 is empty" },
        { "repeated", "read 50 of 200 orders; the walk stopped at page 2: page 2 repeats page 1" },
        { "object", "read 50 of 200 orders; the walk stopped at page 2: 'data' is an object, not a list" },
        { "paging", "read 50 of 200 orders; the walk stopped at page 2: 'paging' is \"x\", not an object" },
    };

    [Fact]
    public async Task A_total_that_under_reports_is_read_past_and_every_order_stored()
    {
        var tenant = new CannedTenant();
        tenant.SetOrders([.. Enumerable.Range(1, 250).Select(id => Order(id))], reportedTotal: 100);
        await using var harness = await LoaderHarness.StartAsync(clickHouse, tenant.Respond);

        var report = await harness.RunAsync();

        Assert.Equal(RunStatus.Ok, report.Status);
        Assert.Equal(250, await harness.ScalarAsync("SELECT count() FROM stg_qtickets_api_orders_raw FINAL"));
        Assert.Contains(report.Warnings, w => w.Contains("paging.total announced 100", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CutShort))]
    public async Task A_walk_cut_short_fails_the_run_saying_what_was_read_and_keeps_what_it_wrote(string cut, string message)
    {
        var tenant = new CannedTenant();
        tenant.OrderPage = page => page switch
        {
            1 => Page(TwoHundred.Take(50), 1, 200),
            2 when cut == "empty" => Page([], 2, 200),
            2 when cut == "repeated" => Page(TwoHundred.Take(50), 2, 200),
            2 when cut == "object" => """{"data":{"51":{"id":51}},"paging":{"perPage":50,"currentPage":2,"total":200}}""",
            2 => """{"data":[],"paging":"x"}""",
            _ => Page(TwoHundred.Skip((page - 1) * 50).Take(50), page, 200),
        };
        await using var harness = await LoaderHarness.StartAsync(clickHouse, tenant.Respond);

        var failure = await Assert.ThrowsAsync<LoaderRunException>(() => harness.RunAsync(flags: new RunOverrides(FullScan: true)));

        Assert.Contains(message, failure.Report.Error, StringComparison.Ordinal);
        Assert.False(failure.Report.FullScan);
        var row = await harness.Admin.QueryAsync<ErrorRow>("SELECT status, message, metrics FROM meta_job_runs", CancellationToken.None);
        Assert.Equal("error", Assert.Single(row).Status);
        using var summary = JsonDocument.Parse(row[0].Message);
        Assert.Contains(message, summary.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(50, summary.RootElement.GetProperty("orders").GetInt64());
        Assert.Contains("\"full_scan\":false", row[0].Metrics, StringComparison.Ordinal);
        Assert.Equal(50, await harness.ScalarAsync("SELECT count() FROM stg_qtickets_api_orders_raw FINAL"));
        Assert.Equal(await Sales.FromStagingAsync(harness.Admin), await Sales.FromFactsAsync(harness.Admin));
    }

    private sealed record ErrorRow(string Status, string Message, string Metrics);
}
