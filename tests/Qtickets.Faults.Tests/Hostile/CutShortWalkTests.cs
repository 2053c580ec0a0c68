using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Qtickets.ClickHouse.Testing;
using Qtickets.Faults.Tests.Support;
using Qtickets.TestUtilities.Http;

namespace Qtickets.Faults.Tests.Hostile;

/// <summary>
/// Tried as a new user would: <c>qtickets run</c>, no flags, against a tenant whose orders walk is cut short (page 2
/// empty while <c>paging.total</c> promises more). The run fails, says what it read and where it stopped, and
/// records an error row, never an ok run or a full scan.
/// </summary>
public sealed class CutShortWalkTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    [Fact]
    public async Task A_tenant_whose_page_2_is_empty_while_the_total_promises_more_gets_a_failed_run_saying_what_was_read()
    {
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(131) with { IgnoreWhere = true });
        // The tenant's own answers (the production shape: plain pages of 50), with page 2 of the orders emptied.
        var orders = await PagesAsync(harness, "orders");
        var events = await PagesAsync(harness, "events");
        var total = orders[1]["paging"]!["total"]!.GetValue<long>();
        var pages = (int)((total + 49) / 50);
        Assert.True(pages >= 4, "the tenant needs pages beyond page 2");
        orders[2]["data"] = new JsonArray();
        await using var api = await StubApiServer.StartAsync(request => Answer(request, orders, events));

        var result = await harness.RunCliAsync(["run"], new Dictionary<string, string>
        {
            ["QTICKETS_BASE_URL"] = api.RestBaseUri.ToString(),
            ["QTICKETS_MAX_RETRIES"] = "0",
        });

        Assert.True(result.ExitCode == 1, result.ToString());
        var read = total - 50;
        var expected = string.Create(CultureInfo.InvariantCulture, $"orders: read {read} of {total} orders; the walk stopped at page 2: page 2 of {pages} is empty");
        Assert.True(result.AllText.Any(l => l.Contains(expected, StringComparison.Ordinal)), $"no line says \"{expected}\":{Environment.NewLine}{result}");
        Assert.True(result.Output.Any(l => l.Contains($"read {read} of {total} orders", StringComparison.Ordinal)), "the console summary says what was read:" + Environment.NewLine + result);
        var error = Assert.Single(await harness.AssertJobRunsAsync("error"));
        using var message = JsonDocument.Parse(error.Message);
        Assert.Contains(expected, message.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("\"full_scan\":false", error.Metrics, StringComparison.Ordinal);
        Assert.Equal(0, await harness.ScalarAsync("SELECT count() FROM meta_job_runs WHERE status = 'ok' OR visitParamExtractBool(metrics, 'full_scan') = 1"));
        // What was read before the cut is stored, counted in the error row, and the facts still equal staging.
        var staged = await harness.ScalarAsync("SELECT count() FROM stg_qtickets_api_orders_raw FINAL");
        Assert.True(staged > 0, "the orders read before the cut are stored");
        Assert.Equal(staged, message.RootElement.GetProperty("orders").GetInt64());
        Assert.Equal(await Sales.FromStagingAsync(harness.Target.Admin), await Sales.FromFactsAsync(harness.Target.Admin));
    }

    private static StubAnswer Answer(RecordedRequest request, IReadOnlyDictionary<int, JsonObject> orders, IReadOnlyDictionary<int, JsonObject> events)
    {
        var path = request.Uri.AbsolutePath["/api/rest/v1/".Length..];
        var page = int.TryParse(request.Query("page"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : 1;
        var listing = path switch
        {
            "orders" => orders,
            "events" => events,
            _ => null,
        };
        return listing is null ? StubAnswer.NotFound()
            : StubAnswer.Json((listing.TryGetValue(page, out var answer) ? answer : Empty(listing[1], page)).ToJsonString());
    }

    /// <summary>A page past the end: no records, the paging of the listing.</summary>
    private static JsonObject Empty(JsonObject first, int page) => new()
    {
        ["data"] = new JsonArray(),
        ["paging"] = new JsonObject { ["perPage"] = first["paging"]!["perPage"]!.DeepClone(), ["currentPage"] = page, ["total"] = first["paging"]!["total"]!.DeepClone() },
    };

    /// <summary>Every page of a listing of the simulator (which ignores the query like the production tenant), by number.</summary>
    private static async Task<Dictionary<int, JsonObject>> PagesAsync(FaultHarness harness, string endpoint)
    {
        using var http = new HttpClient { BaseAddress = harness.Simulator.RestBaseUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", harness.Simulator.Token);
        var pages = new Dictionary<int, JsonObject>();
        for (var page = 1; ; page++)
        {
            var answer = JsonNode.Parse(await http.GetStringAsync(string.Create(CultureInfo.InvariantCulture, $"{endpoint}?page={page}")))!.AsObject();
            if (answer["data"]!.AsArray().Count == 0)
            {
                return pages;
            }

            pages[page] = answer;
        }
    }
}
