using Qtickets.ClickHouse.Testing;
using Qtickets.TestUtilities;
using Qtickets.TestUtilities.Http;

namespace Qtickets.Cli.Tests.Commands;

/// <summary>A run that rejects records says so in its summary, and <c>status</c> names them and exits 3.</summary>
public sealed class RejectedRecordsTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>, IDisposable
{
    private const string Events = """{"data":[{"id":7,"name":"Концерт","city":{"id":1,"name":"Москва","timezone":"Europe/Moscow"},"shows":[]}],"paging":{"perPage":10,"currentPage":1,"total":1}}""";
    private const string Orders = """
        {"data":[
          {"id":1,"payed":1,"payed_at":"2026-11-20T14:30:00+03:00","updated_at":"2026-11-20T14:31:00+03:00","event_id":7,"currency_id":"RUB","utm":[],"baskets":[{"id":10,"price":"1500.00","quantity":1,"deleted_at":null,"refunded_at":null}]},
          {"id":2,"payed":1,"payed_at":"2026-11-20T14:30:00+03:00","updated_at":"2026-11-20T14:31:00+03:00","event_id":7,"currency_id":"RUB","utm":[],"baskets":[{"id":20,"price":"-5000","quantity":1}]},
          {"id":3,"payed":0,"payed_at":"2026-11-20T14:30:00+03:00","updated_at":"2026-11-20T14:31:00+03:00","event_id":7,"currency_id":"RUB","utm":[],"baskets":[{"id":30,"price":"100","quantity":1}]}
        ],"paging":{"perPage":50,"currentPage":1,"total":3}}
        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_summary_shows_what_was_rejected_and_not_written_and_status_exits_3_naming_the_records()
    {
        await using var api = await StubApiServer.StartAsync(request => request.Uri.AbsolutePath.EndsWith("/orders", StringComparison.Ordinal)
            ? StubAnswer.Json(request.Query("page") is null or "1" ? Orders : """{"data":[],"paging":{"perPage":50,"currentPage":2,"total":3}}""")
            : request.Uri.AbsolutePath.EndsWith("/events", StringComparison.Ordinal) ? StubAnswer.Json(Events) : StubAnswer.NotFound());
        await using var db = await clickHouse.CreateDatabaseAsync();
        var chEnv = ChEnvFile.Write(_temp, clickHouse, db.Name);
        var env = _temp.Write("app.env", $"QTICKETS_TOKEN=tok-0123456789abcdef\nQTICKETS_BASE_URL={api.RestBaseUri}\nORG_NAME=o\nQTICKETS_SKIP_INVENTORY=true\n");

        var (runExit, run) = await CliRunner.RunAsync("run", "--env-file", env, "--ch-env", chEnv, "--full-scan");
        var (statusExit, status) = await CliRunner.RunAsync("status", "--ch-env", chEnv);

        Assert.Equal(0, runExit);
        Assert.Contains("1 order records outside the data contract, not summed: order 2: price is not a finite non-negative number (basket 20: price -5000)", run, StringComparison.Ordinal);
        Assert.Contains("not paid 1", run, StringComparison.Ordinal);
        Assert.Contains("3 records seen", run, StringComparison.Ordinal);
        Assert.Equal(3, statusExit);
        Assert.Contains("the last run rejected 1 order records", status, StringComparison.Ordinal);
        Assert.Contains("order 2: price is not a finite non-negative number", status, StringComparison.Ordinal);
    }
}
