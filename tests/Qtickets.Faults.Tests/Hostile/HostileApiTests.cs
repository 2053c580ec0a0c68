using System.Text.Json;
using Qtickets.ClickHouse.Testing;
using Qtickets.Faults.Tests.Support;
using Qtickets.TestUtilities.Http;

namespace Qtickets.Faults.Tests.Hostile;

/// <summary>
/// The real <c>qtickets run</c> against a hostile QTickets API (a stub server on loopback): an answer that echoes the
/// token in another form, and an answer whose text carries terminal escape codes. Neither may reach the console,
/// the logs or <c>meta_job_runs</c> (which the BI account can read) as it came.
/// </summary>
public sealed class HostileApiTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    /// <summary>A token with slashes, which PHP's json_encode writes as <c>\/</c>.</summary>
    private const string Token = "HOSTILE-TOKEN/abcdefghijklmnop/9876";

    /// <summary>The middle of the token: any form of the token that is not masked contains it.</summary>
    private const string TokenCore = "abcdefghijklmnop";

    public static TheoryData<string, string> EchoedTokens() => new()
    {
        { "PHP JSON (\\/)", """{"status":400,"info":{"received_header":"Bearer HOSTILE-TOKEN\/abcdefghijklmnop\/9876"}}""" },
        { "JSON \\u002F", """{"status":400,"info":{"received_header":"Bearer HOSTILE-TOKEN\u002Fabcdefghijklmnop\u002f9876"}}""" },
        { "JSON \\u of every character", "{\"status\":400,\"info\":\"" + string.Concat(Token.Select(c => $"\\u{(int)c:x4}")) + "\"}" },
        { "URL-encoded", """{"status":400,"info":"GET /api/rest/v1/orders?token=HOSTILE-TOKEN%2Fabcdefghijklmnop%2F9876"}""" },
        { "JSON inside the API's error text", """{"status":400,"error":"{\"header\":\"Bearer HOSTILE-TOKEN\\\/abcdefghijklmnop\\\/9876\"}"}""" },
    };

    [Theory]
    [MemberData(nameof(EchoedTokens))]
    public async Task A_token_echoed_in_another_form_is_masked_in_the_console_the_logs_and_meta_job_runs(string form, string body)
    {
        await using var api = await StubApiServer.StartAsync(400, body);
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(111));

        var result = await harness.RunCliAsync(["run", "--verbose"], HostileApi(api));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.NotEmpty(api.Requests);
        var error = Assert.Single(await harness.AssertJobRunsAsync("error"));
        Assert.True(!result.AllText.Any(l => l.Contains(TokenCore, StringComparison.Ordinal)), $"{form}: the token leaked to the console or logs:{Environment.NewLine}{result}");
        Assert.DoesNotContain(TokenCore, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TokenCore, error.Metrics, StringComparison.Ordinal);
        // The answer is still described: its preview is there, with the token's fingerprint in its place (or, where
        // the preview was cut inside the token, a mask where it was cut).
        var stored = JsonDocument.Parse(error.Metrics).RootElement.GetProperty("error").GetString()!;
        Assert.Contains("HTTP 400", stored, StringComparison.Ordinal);
        Assert.True(stored.Contains("HOST***9876", StringComparison.Ordinal) || stored.EndsWith("***…", StringComparison.Ordinal), stored);
    }

    [Fact]
    public async Task Terminal_escape_codes_in_an_api_error_never_reach_the_console_the_logs_or_meta_job_runs_raw()
    {
        const string hostile = """{"status":400,"error":"\u001b[2J\u001b[31mFAKE ALERT: call +7 000 000\u001b[0m \u202eevil\u009b2J"}""";
        await using var api = await StubApiServer.StartAsync(400, hostile);
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(112));

        // Text logs, as on a terminal: the log sink itself must clean what it writes.
        var environment = HostileApi(api);
        environment["QTICKETS_LOG_FORMAT"] = "text";
        var result = await harness.RunCliAsync(["run"], environment);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.Output, l => l.Contains("FAKE ALERT", StringComparison.Ordinal));
        AssertClean("the console", result.Output);
        AssertClean("the log", result.Log);
        var error = Assert.Single(await harness.AssertJobRunsAsync("error"));
        var storedError = JsonDocument.Parse(error.Metrics).RootElement.GetProperty("error").GetString()!;
        Assert.Contains("FAKE ALERT", storedError, StringComparison.Ordinal);
        AssertClean("meta_job_runs", [storedError, JsonDocument.Parse(error.Message).RootElement.GetProperty("error").GetString()!]);
    }

    [Fact]
    public async Task Escape_codes_in_a_fixture_file_never_reach_the_console_or_the_logs_raw()
    {
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(113));
        using var fixtures = new Qtickets.TestUtilities.TempDirectory();
        // Valid JSON: the escape codes arrive decoded, as the id of an event the parser skips (and names).
        fixtures.Write("events.json", """[{"id": "\u001b[2J\u001b[31mFAKE ALERT\u001b[0m", "name": "x"}]""");
        fixtures.Write("orders.json", "[]");

        var result = await harness.RunCliAsync(["run", "--offline-fixtures-dir", fixtures.Path], new Dictionary<string, string> { ["QTICKETS_LOG_FORMAT"] = "text" });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.Output, l => l.Contains("FAKE ALERT", StringComparison.Ordinal));
        AssertClean("the console", result.Output);
        AssertClean("the log", result.Log);
    }

    [Fact]
    public async Task A_clickhouse_error_with_escape_codes_never_reaches_the_console_raw()
    {
        const string hostile = "Code: 999. DB::Exception: \u001b[2J\u001b[31mFAKE ALERT from the server\u001b[0m (UNKNOWN) (version 24.8.4.13)";
        await using var fakeClickHouse = await StubApiServer.StartAsync(500, hostile, "text/plain");
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(114));

        var result = await harness.RunCliAsync(["run"], new Dictionary<string, string>
        {
            ["CLICKHOUSE_PORT"] = fakeClickHouse.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["QTICKETS_LOG_FORMAT"] = "text",
        });

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.Output, l => l.Contains("FAKE ALERT", StringComparison.Ordinal));
        AssertClean("the console", result.Output);
        AssertClean("the log", result.Log);
    }

    private static Dictionary<string, string> HostileApi(StubApiServer api) => new()
    {
        ["QTICKETS_TOKEN"] = Token,
        ["QTICKETS_BASE_URL"] = api.RestBaseUri.ToString(),
        ["QTICKETS_MAX_RETRIES"] = "0",
    };

    /// <summary>No C0 control other than tab, no DEL, no C1 control, no bidirectional override or isolate.</summary>
    private static void AssertClean(string where, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var bad = line.FirstOrDefault(c => (c < ' ' && c != '\t') || c is >= '\u007f' and <= '\u009f' || c is >= '\u202a' and <= '\u202e' || c is >= '\u2066' and <= '\u2069');
            Assert.True(bad == default, $"{where} has the control character U+{(int)bad:X4} in: {line.Replace("\u001b", "<ESC>", StringComparison.Ordinal)}");
        }
    }
}
