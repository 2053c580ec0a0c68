using System.Net.Sockets;
using Qtickets.ClickHouse.Testing;
using Qtickets.Faults.Tests.Support;

namespace Qtickets.Faults.Tests.Secrets;

/// <summary>
/// Runs of the real program whose configuration is wrong in a secret: the rejected value must not appear in the
/// console, the logs or meta_job_runs, and the outcome must say what happened. (Every other case of this project
/// ends with the same check for the secrets it used.)
/// </summary>
public sealed class SecretTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    private static readonly string WrongSecret = "wrong-secret-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task A_token_the_api_rejects_fails_the_run_with_an_error_row_and_appears_nowhere()
    {
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(101) with { Orders = 50 });

        var result = await harness.RunCliAsync(["run", "--verbose"], new Dictionary<string, string> { ["QTICKETS_TOKEN"] = WrongSecret });

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.ErrorLines, l => l.Contains("error row is in meta_job_runs", StringComparison.Ordinal));
        var error = Assert.Single(await harness.AssertJobRunsAsync("error"));
        // The simulator answers a wrong token as the real API does: 403 "Wrong authorization".
        Assert.Contains("HTTP 403", error.Metrics, StringComparison.Ordinal);
        var rejected = new SecretSet().Add("the rejected token", WrongSecret);
        rejected.AssertAbsentFrom("the console and logs", result.AllText);
        rejected.AssertAbsentFrom("meta_job_runs", [error.Message, error.Metrics]);
        await harness.AssertNoSecretLeakedAsync();
    }

    [Fact]
    public async Task A_partners_token_the_partners_api_rejects_fails_the_run_with_an_error_row_and_appears_nowhere()
    {
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(105) with { Orders = 50 });

        var result = await harness.RunCliAsync(["run", "--verbose"], Partners(harness, WrongSecret));

        Assert.True(result.ExitCode == 1, result.ToString());
        var error = Assert.Single(await harness.AssertJobRunsAsync("error"));
        Assert.Contains("WRONG_AUTHORIZATION", error.Metrics, StringComparison.Ordinal);
        var rejected = new SecretSet().Add("the rejected partners token", WrongSecret);
        rejected.AssertAbsentFrom("the console and logs", result.AllText);
        rejected.AssertAbsentFrom("meta_job_runs", [error.Message, error.Metrics]);
        await harness.AssertNoSecretLeakedAsync();
    }

    [Fact]
    public async Task A_clickhouse_password_the_server_refuses_is_a_configuration_error_that_names_the_settings_not_the_value()
    {
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(102) with { Orders = 50 });
        var before = await TableSnapshot.TakeAsync(harness.Target.Admin, harness.Target.Connection.Database);

        var result = await harness.RunCliAsync(["run", "--verbose"], new Dictionary<string, string> { ["CLICKHOUSE_PASSWORD"] = WrongSecret });

        Refusal.AssertRefused(result, "CLICKHOUSE_USER", "CLICKHOUSE_PASSWORD", harness.Target.Connection.Writer.User);
        Assert.Equal(0, harness.Simulator.Requests.Total);
        Assert.Equal(before, await TableSnapshot.TakeAsync(harness.Target.Admin, harness.Target.Connection.Database));
        new SecretSet().Add("the refused password", WrongSecret).AssertAbsentFrom("the console and logs", result.AllText);
        await harness.AssertNoSecretLeakedAsync();
    }

    [Fact]
    public async Task An_unreachable_clickhouse_fails_the_run_saying_so_and_sends_nothing_to_the_api()
    {
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(103) with { Orders = 50 });

        var result = await harness.RunCliAsync(["run"], new Dictionary<string, string> { ["CLICKHOUSE_PORT"] = ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.ErrorLines, l => l.Contains("could not be reached", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.Contains("no error row could be written", StringComparison.Ordinal));
        Assert.Equal(0, harness.Simulator.Requests.Total);
        await harness.AssertJobRunsAsync();
        await harness.AssertNoSecretLeakedAsync();
    }

    [Fact]
    public async Task A_successful_verbose_run_shows_no_secret_in_its_summary_or_logs()
    {
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(104) with { Orders = 50 });

        var result = await harness.RunCliAsync(["run", "--verbose"], Partners(harness, harness.Simulator.PartnersToken));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.OutputLines, l => l.Contains("qtickets run", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, l => l.Contains("partner_tickets", StringComparison.Ordinal));
        Assert.NotEmpty(result.Log);
        await harness.AssertJobRunsAsync("ok");
        await harness.AssertNoSecretLeakedAsync();
    }

    /// <summary>The optional Partners API of the simulator, with <paramref name="token"/>, and two ticket searches.</summary>
    private static Dictionary<string, string> Partners(FaultHarness harness, string token) => new()
    {
        ["QTICKETS_PARTNERS_BASE_URL"] = harness.Simulator.PartnersBaseUri.ToString(),
        ["QTICKETS_PARTNERS_TOKEN"] = token,
        ["QTICKETS_PARTNERS_FIND_REQUESTS"] = "[{\"barcode\": \"123\"}, {\"external_order_id\": \"x\"}]",
    };

    /// <summary>A loopback port nobody listens on (bound, then released).</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
