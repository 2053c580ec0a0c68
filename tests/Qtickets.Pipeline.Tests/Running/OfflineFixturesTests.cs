using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Qtickets.ClickHouse.Testing;
using Qtickets.Configuration;
using Qtickets.Pipeline.Running;
using Qtickets.Pipeline.Tests.Support;
using Qtickets.TestUtilities;
using Qtickets.TestUtilities.Truth;

namespace Qtickets.Pipeline.Tests.Running;

public sealed class OfflineFixturesTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>, IDisposable
{
    private readonly TempDirectory _fixtures = new();

    public void Dispose() => _fixtures.Dispose();

    [Fact]
    public async Task Api_shaped_fixture_files_load_like_the_api_they_were_saved_from_without_any_request()
    {
        await using var harness = await LoaderHarness.StartAsync(clickHouse);
        await SaveAsync(harness, "events", "events.json");
        await SaveAsync(harness, "orders", "orders.json");
        var truth = await ApiTruth.ReadAsync(harness.Simulator.RestBaseUri, harness.Simulator.Token);
        harness.Simulator.Requests.Clear();

        var report = await harness.RunAsync(
            new Dictionary<string, string> { ["QTICKETS_BASE_URL"] = "http://127.0.0.1:9/api/rest/v1/" },
            new RunOverrides(OfflineFixturesDir: _fixtures.Path));

        Assert.Equal(RunStatus.Ok, report.Status);
        Assert.Equal(0, harness.Simulator.Requests.Total);
        var expected = truth.ByDayAndCity.Where(p => p.Value != (0, 0m, 0)).ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(expected, await Sales.FromStagingAsync(harness.Admin));
        Assert.Equal(expected, await Sales.FromFactsAsync(harness.Admin));
    }

    [Fact]
    public async Task Hostile_records_in_a_fixture_file_are_rejected_by_id_like_live_ones()
    {
        await using var harness = await LoaderHarness.StartAsync(clickHouse);
        _fixtures.Write("events.json", CapturedShapes.Page([CapturedShapes.Event()], 1, 1, perPage: 10));
        _fixtures.Write("orders.json", "[" + string.Join(",",
            CapturedShapes.Order(1),
            CapturedShapes.Order(2, prices: "-5000"),
            CapturedShapes.Order(3, baskets: "\"oops\""),
            CapturedShapes.Order(4, payed: 0)) + "]");

        var report = await harness.RunAsync(
            new Dictionary<string, string> { ["QTICKETS_BASE_URL"] = "http://127.0.0.1:9/api/rest/v1/" },
            new RunOverrides(OfflineFixturesDir: _fixtures.Path));

        Assert.Equal(RunStatus.Ok, report.Status);
        Assert.Equal(["2", "3"], report.Orders!.RejectedFirst.Select(r => r.RecordId));
        Assert.Equal(1, await harness.ScalarAsync("SELECT count() FROM stg_qtickets_api_orders_raw FINAL"));
        Assert.Equal(1500, await harness.ScalarAsync("SELECT toInt64(sum(revenue)) FROM fact_qtickets_sales_daily FINAL"));
    }

    [Fact]
    public async Task A_saved_seats_answer_gives_its_show_a_capacity_offline()
    {
        await using var harness = await LoaderHarness.StartAsync(clickHouse);
        await SaveAsync(harness, "events", "events.json");
        await SaveAsync(harness, "orders", "orders.json");
        var show = await FirstShowAsync(harness);
        using (var http = Http(harness))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"shows/{show}/seats")
            {
                Content = new StringContent("""{"select":["id","admission","max_quantity","free_quantity","available","disabled"],"flat":true}""", System.Text.Encoding.UTF8, "application/json"),
            };
            using var answer = await http.SendAsync(request);
            _fixtures.Write($"seats/{show}.json", await answer.Content.ReadAsStringAsync());
        }

        var report = await harness.RunAsync(
            new Dictionary<string, string> { ["QTICKETS_BASE_URL"] = "http://127.0.0.1:9/api/rest/v1/" },
            new RunOverrides(OfflineFixturesDir: _fixtures.Path));

        Assert.Equal(RunStatus.Ok, report.Status);
        Assert.True(await harness.ScalarAsync($"SELECT toInt64(max(tickets_total)) FROM stg_qtickets_api_inventory_raw WHERE show_id = '{show}'") > 0);
        Assert.Contains(report.Warnings, w => w.Contains("seats of", StringComparison.Ordinal) && w.Contains("unavailable (HTTP 404)", StringComparison.Ordinal));
    }

    private static async Task<long> FirstShowAsync(LoaderHarness harness)
    {
        using var http = Http(harness);
        var events = JsonNode.Parse(await http.GetStringAsync("events?page=1&per_page=100"))!;
        return events["data"]!.AsArray().SelectMany(e => e!["shows"]!.AsArray()).First(s => s!["deleted_at"] is null && s["is_active"]?.ToJsonString() is not ("false" or "0"))!["id"]!.GetValue<long>();
    }

    private static HttpClient Http(LoaderHarness harness)
    {
        var http = new HttpClient { BaseAddress = harness.Simulator.RestBaseUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", harness.Simulator.Token);
        return http;
    }

    /// <summary>Saves every record of a listing as one API-shaped answer, the way an operator would capture it.</summary>
    private async Task SaveAsync(LoaderHarness harness, string endpoint, string file)
    {
        using var http = new HttpClient { BaseAddress = harness.Simulator.RestBaseUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", harness.Simulator.Token);
        var all = new JsonArray();
        for (var page = 1; ; page++)
        {
            var answer = JsonNode.Parse(await http.GetStringAsync($"{endpoint}?page={page}&per_page=1000"))!;
            var records = answer["data"]!.AsArray().Select(r => r!.DeepClone()).ToList();
            records.ForEach(all.Add);
            if (records.Count == 0 || all.Count >= answer["paging"]!["total"]!.GetValue<long>())
            {
                break;
            }
        }

        var body = new JsonObject { ["data"] = all, ["paging"] = new JsonObject { ["perPage"] = all.Count, ["currentPage"] = 1, ["total"] = all.Count } };
        _fixtures.Write(file, body.ToJsonString());
    }
}
