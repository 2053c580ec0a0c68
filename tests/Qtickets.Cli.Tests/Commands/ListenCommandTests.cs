using System.Net;
using System.Net.Http.Headers;
using Qtickets.Cli.Webhooks;
using Qtickets.ClickHouse.Testing;
using Qtickets.TestUtilities;
using Qtickets.TestUtilities.Webhooks;
using Spectre.Console.Testing;

namespace Qtickets.Cli.Tests.Commands;

/// <summary><c>qtickets listen</c> end to end in-process: settings, exit codes, serving and the graceful stop.</summary>
public sealed class ListenCommandTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>, IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private ClickHouseTestDatabase _database = null!;
    private string _chEnv = null!;

    public async Task InitializeAsync()
    {
        _database = await clickHouse.CreateDatabaseAsync();
        _chEnv = ChEnvFile.Write(_temp, clickHouse, _database.Name);
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Without_a_secret_it_exits_2_naming_QTICKETS_WEBHOOK_SECRET()
    {
        var env = _temp.Write("no-secret.env", "QTICKETS_WEBHOOK_PORT=0\n");

        var (exitCode, output) = await RunAsync(new InMemoryOrderApplier(), CancellationToken.None, "--env-file", env);

        Assert.Equal(ExitCodes.BadConfiguration, exitCode);
        Assert.Contains("QTICKETS_WEBHOOK_SECRET is required", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_bad_listener_setting_is_reported_at_once_with_exit_2()
    {
        var env = _temp.Write("bad.env", string.Join('\n',
            "QTICKETS_WEBHOOK_SECRET=s",
            "QTICKETS_WEBHOOK_PORT=eighty",
            "QTICKETS_WEBHOOK_HOST=listener.example.org",
            "QTICKETS_WEBHOOK_PATH=webhooks?x=1",
            "QTICKETS_WEBHOOK_BATCH_WINDOW_MS=-5",
            string.Empty));

        var (exitCode, output) = await RunAsync(new InMemoryOrderApplier(), CancellationToken.None, "--env-file", env);

        Assert.Equal(ExitCodes.BadConfiguration, exitCode);
        foreach (var name in new[] { "QTICKETS_WEBHOOK_PORT", "QTICKETS_WEBHOOK_HOST", "QTICKETS_WEBHOOK_PATH", "QTICKETS_WEBHOOK_BATCH_WINDOW_MS" })
        {
            Assert.Contains(name, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_port_flag_out_of_range_exits_2()
    {
        var env = _temp.Write("port.env", "QTICKETS_WEBHOOK_SECRET=s\n");

        var (exitCode, output) = await RunAsync(new InMemoryOrderApplier(), CancellationToken.None, "--env-file", env, "--port", "70000");

        Assert.Equal(ExitCodes.BadConfiguration, exitCode);
        Assert.Contains("QTICKETS_WEBHOOK_PORT", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DRY_RUN_is_refused_because_the_listener_answers_200_only_once_stored()
    {
        var env = _temp.Write("dry.env", "QTICKETS_WEBHOOK_SECRET=s\nDRY_RUN=true\n");

        var (exitCode, output) = await RunAsync(new InMemoryOrderApplier(), CancellationToken.None, "--env-file", env);

        Assert.Equal(ExitCodes.BadConfiguration, exitCode);
        Assert.Contains("DRY_RUN", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_applier_it_exits_1_saying_so_after_checking_its_settings()
    {
        var env = _temp.Write("ok.env", "QTICKETS_WEBHOOK_SECRET=s\nQTICKETS_WEBHOOK_PORT=0\n");
        var console = new TestConsole().Width(250);

        var exitCode = await QticketsApp.RunAsync(["listen", "--env-file", env, "--ch-env", _chEnv], console, console, new OrderApplierRegistration(_ => null), CancellationToken.None);

        Assert.Equal(ExitCodes.RunFailed, exitCode);
        Assert.Contains("no order applier", console.Output, StringComparison.Ordinal);
        Assert.Equal(0, await _database.CountAsync("meta_job_runs"));
    }

    [Fact]
    public async Task It_serves_signed_webhooks_and_health_until_stopped_then_exits_0_after_a_last_report()
    {
        var applier = new InMemoryOrderApplier();
        using var stop = new CancellationTokenSource();
        var console = new TestConsole().Width(250);
        var run = QticketsApp.RunAsync(["listen", "--env-file", SecretEnv(), "--ch-env", _chEnv, "--port", "0"], console, new OrderApplierRegistration(_ => applier), stop.Token);
        var url = await ListeningUrlAsync(console, run);
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false });

        using var posted = await PostAsync(http, url, Signed.Order(100_500));
        using var health = await http.GetAsync(new Uri(url, "/healthz"));
        await stop.CancelAsync();
        var exitCode = await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(Signed.Order(100_500), Assert.Single(applier.Orders).Body);
        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("stopped", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Signed.Secret, console.Output, StringComparison.Ordinal);
        Assert.Equal(1, await _database.CountAsync("meta_job_runs"));
    }

    [Fact]
    public async Task A_stop_while_a_batch_is_in_hand_finishes_it_answers_200_and_exits_0()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var applier = new InMemoryOrderApplier { Hold = release.Task };
        using var stop = new CancellationTokenSource();
        var console = new TestConsole().Width(250);
        var run = QticketsApp.RunAsync(["listen", "--env-file", SecretEnv(), "--ch-env", _chEnv, "--port", "0"], console, new OrderApplierRegistration(_ => applier), stop.Token);
        var url = await ListeningUrlAsync(console, run);
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false });

        var inHand = PostAsync(http, url, Signed.Order(100_501));
        await applier.Entered.WaitAsync(TimeSpan.FromSeconds(20));
        await stop.CancelAsync();
        await Task.Delay(300);
        Assert.False(run.IsCompleted, "listen exited with a batch in hand");
        release.SetResult();

        using var answer = await inHand.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(ExitCodes.Success, await run.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Status_shows_the_listener_s_freshness_beside_the_loader_s()
    {
        using var stop = new CancellationTokenSource();
        var console = new TestConsole().Width(250);
        var run = QticketsApp.RunAsync(["listen", "--env-file", SecretEnv(), "--ch-env", _chEnv, "--port", "0"], console, new OrderApplierRegistration(_ => new InMemoryOrderApplier()), stop.Token);
        var url = await ListeningUrlAsync(console, run);
        using (var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }))
        {
            (await PostAsync(http, url, Signed.Order(7))).Dispose();
        }

        await stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(30));

        var (_, output) = await CliRunner.RunAsync("status", "--ch-env", _chEnv);

        Assert.Contains("loader (timer)", output, StringComparison.Ordinal);
        Assert.Contains("webhooks (listen)", output, StringComparison.Ordinal);
        Assert.Contains("1 received, 1 applied, 0 rejected, 0 refused", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_says_when_no_listener_ever_reported()
    {
        var (_, output) = await CliRunner.RunAsync("status", "--ch-env", _chEnv);

        Assert.Contains("not running, or not deployed", output, StringComparison.Ordinal);
    }

    private string SecretEnv() => _temp.Write("secret.env", $"QTICKETS_WEBHOOK_SECRET={Signed.Secret}\nQTICKETS_WEBHOOK_METRICS_INTERVAL_SECONDS=3600\n");

    private async Task<(int ExitCode, string Output)> RunAsync(InMemoryOrderApplier applier, CancellationToken cancellationToken, params string[] args)
    {
        var console = new TestConsole().Width(250);
        var exitCode = await QticketsApp.RunAsync(["listen", "--ch-env", _chEnv, .. args], console, console, new OrderApplierRegistration(_ => applier), cancellationToken);
        return (exitCode, console.Output);
    }

    private static async Task<Uri> ListeningUrlAsync(TestConsole console, Task<int> run)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var line = console.Output.Split('\n').FirstOrDefault(l => l.StartsWith("listening ", StringComparison.Ordinal));
            if (line is not null)
            {
                return new Uri(line["listening ".Length..].Trim());
            }

            Assert.False(run.IsCompleted, "listen ended early: " + console.Output);
            Assert.True(DateTime.UtcNow < deadline, "listen did not start: " + console.Output);
            await Task.Delay(20);
        }
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, Uri url, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.Add("X-Event-Type", "payed");
        request.Headers.Add("X-Model-Name", "Order");
        request.Headers.Add("X-Signature", Signed.Signature(body));
        return http.SendAsync(request);
    }
}
