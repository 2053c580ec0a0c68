using System.Globalization;
using Qtickets.ClickHouse.Testing;
using Qtickets.TestUtilities;
using Qtickets.TestUtilities.Http;

namespace Qtickets.Cli.Tests.Commands;

/// <summary>
/// verify's independent count expects what the loader may hold: a tenant with a sale in dollars (kept in staging, not
/// in the roubles-only daily facts) and a record outside the data contract (never written) passes the checks.
/// </summary>
public sealed class VerifyOtherTenantTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>, IDisposable
{
    private const string Events = """{"data":[{"id":7,"name":"Концерт","city":{"id":1,"name":"Москва","timezone":"Europe/Moscow"},"shows":[]}],"paging":{"perPage":10,"currentPage":1,"total":1}}""";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_live_verify_on_a_tenant_with_a_dollar_sale_and_a_rejected_record_passes_its_checks()
    {
        // Three days back: inside the first window, and not today, which a live verify leaves out.
        var paid = DateTimeOffset.UtcNow.AddDays(-3).ToOffset(TimeSpan.FromHours(3)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        var orders = $$$"""
            {"data":[
              {"id":1,"payed":1,"payed_at":"{{{paid}}}","updated_at":"{{{paid}}}","event_id":7,"currency_id":"RUB","utm":[],"baskets":[{"id":10,"price":"1500.00","quantity":2}]},
              {"id":2,"payed":1,"payed_at":"{{{paid}}}","updated_at":"{{{paid}}}","event_id":7,"currency_id":"RUB","utm":[],"baskets":[{"id":20,"price":"-5000","quantity":1}]},
              {"id":3,"payed":1,"payed_at":"{{{paid}}}","updated_at":"{{{paid}}}","event_id":7,"currency_id":"USD","utm":[],"baskets":[{"id":30,"price":"40.00","quantity":1}]}
            ],"paging":{"perPage":50,"currentPage":1,"total":3}}
            """;
        await using var api = await StubApiServer.StartAsync(request => request.Uri.AbsolutePath.EndsWith("/orders", StringComparison.Ordinal)
            ? StubAnswer.Json(request.Query("page") is null or "1" ? orders : """{"data":[],"paging":{"perPage":50,"currentPage":2,"total":3}}""")
            : request.Uri.AbsolutePath.EndsWith("/events", StringComparison.Ordinal) ? StubAnswer.Json(Events) : StubAnswer.NotFound());
        await using var db = await clickHouse.CreateDatabaseAsync(bootstrap: false);
        var chEnv = ChEnvFile.Write(_temp, clickHouse, db.Name);
        var env = _temp.Write("tenant.env", $"QTICKETS_TOKEN=tok-0123456789abcdef\nQTICKETS_BASE_URL={api.RestBaseUri}\nORG_NAME=o\nDRY_RUN=false\nQTICKETS_INITIAL_BACKFILL_HOURS=9600\n");
        var report = Path.Combine(_temp.Path, "verify.md");

        // status is skipped: it exits 3 after a run that rejected order records, by design (the operator must hear of them).
        var run = await CliRunner.RunAsync("verify", "--live", "--env-file", env, "--ch-env", chEnv, "--report", report, "--skip", "build,tests,status");

        var text = await File.ReadAllTextAsync(report);
        Assert.True(run.ExitCode == 0, text);
        Assert.Contains("| checks | staging total (`stg_qtickets_api_orders_raw FINAL`, every currency) | 2 orders, 3 tickets, revenue 1540.00 | 2 orders, 3 tickets, revenue 1540.00 | passed |", text, StringComparison.Ordinal);
        Assert.Contains("| checks | daily facts total (`fact_qtickets_sales_daily FINAL`, roubles only) | 1 orders, 2 tickets, revenue 1500.00 | 1 orders, 2 tickets, revenue 1500.00 | passed |", text, StringComparison.Ordinal);
        Assert.Contains("3 orders listed, 1 outside the data contract (not loaded), 1 sales in other currencies than roubles (in staging, not in the daily facts)", text, StringComparison.Ordinal);
    }
}
