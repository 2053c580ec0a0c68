using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Qtickets.ClickHouse.Testing;
using Qtickets.Configuration;
using Qtickets.Pipeline.Running;
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
