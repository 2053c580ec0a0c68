using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Qtickets.ClickHouse.Local;
using Qtickets.ClickHouse.Testing;
using Qtickets.Simulator;
using Qtickets.Simulator.Webhooks;
using Qtickets.TestUtilities;
using Qtickets.TestUtilities.Http;
using Spectre.Console.Testing;

namespace Qtickets.Cli.Tests.Webhooks;

/// <summary>
/// The push path's real parts for one test: the simulator (its webhooks go to the listener's port), a fresh database
/// loaded by a first <c>qtickets run</c>, and <c>qtickets listen</c> in-process with the build's applier (the
/// pipeline's), all on loopback. Or, for answers the simulator never gives, a <see cref="StubApiServer"/> as the API
/// and a fresh empty database.
/// </summary>
internal sealed class WebhookStack : IAsyncDisposable
{
    public const string Secret = "e2e-webhook-secret-0123456789";
    private const string StubToken = "stub-token-0123456789";
    private readonly SimulatorServer? _simulator;
    private readonly IAsyncDisposable _api;
    private readonly CancellationTokenSource _stop = new();
    private readonly TestConsole _console = new TestConsole().Width(250);
    private Task<int>? _listen;

    private WebhookStack(SimulatorServer? simulator, IAsyncDisposable api, ClickHouseTestDatabase database, int port)
    {
        _simulator = simulator;
        _api = api;
        Database = database;
        WebhookUri = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/webhooks/qtickets"));
    }

    public SimulatorServer Simulator => _simulator ?? throw new InvalidOperationException("this stack runs against a stub server");

    /// <summary>The stub server standing in for the API, or null when the simulator is the API.</summary>
    public StubApiServer? Stub => _api as StubApiServer;

    public ClickHouseTestDatabase Database { get; }

    public Uri WebhookUri { get; }

    /// <summary>What <c>listen</c> printed so far.</summary>
    public string ListenerOutput => _console.Output;

    /// <summary>Starts the simulator, loads a fresh database with <c>run</c>, then starts <c>listen</c> and waits until it listens.</summary>
    public static async Task<WebhookStack> StartAsync(ClickHouseServerFixture clickHouse, TempDirectory temp, int seed)
    {
        var port = FreePorts.Pick([]);
        var simulator = await SimulatorServer.StartAsync(new SimulatorOptions
        {
            Orders = 300,
            Events = 4,
            Seed = seed,
            Webhooks = new WebhookOptions { Url = new Uri($"http://127.0.0.1:{port}/webhooks/qtickets"), Secret = Secret, RetryScale = 0.001 },
        }, null, CancellationToken.None);
        var stack = new WebhookStack(simulator, simulator, await clickHouse.CreateDatabaseAsync(), port);
        var chEnv = ChEnvFile.Write(temp, clickHouse, stack.Database.Name);
        var env = temp.Write("app.env", string.Join('\n',
            $"QTICKETS_TOKEN={simulator.Token}", $"QTICKETS_BASE_URL={simulator.RestBaseUri}", "ORG_NAME=e2e",
            "QTICKETS_INITIAL_BACKFILL_HOURS=9600", $"QTICKETS_WEBHOOK_SECRET={Secret}", string.Empty));
        var load = await CliRunner.RunAsync("run", "--env-file", env, "--ch-env", chEnv);
        Assert.True(load.ExitCode == 0, load.All);
        await stack.ListenAsync(env, chEnv, port);
        return stack;
    }

    /// <summary>
    /// Starts a stub server answering with <paramref name="respond"/> as the API (one retry, no back-off), a fresh
    /// empty database, then <c>listen</c>.
    /// </summary>
    public static async Task<WebhookStack> StartOnStubAsync(ClickHouseServerFixture clickHouse, TempDirectory temp, Func<TestUtilities.Http.RecordedRequest, StubAnswer> respond)
    {
        var port = FreePorts.Pick([]);
        var stub = await StubApiServer.StartAsync(respond);
        var stack = new WebhookStack(null, stub, await clickHouse.CreateDatabaseAsync(), port);
        var chEnv = ChEnvFile.Write(temp, clickHouse, stack.Database.Name);
        var env = temp.Write("app.env", string.Join('\n',
            $"QTICKETS_TOKEN={StubToken}", $"QTICKETS_BASE_URL={stub.RestBaseUri}", "ORG_NAME=e2e",
            "QTICKETS_MAX_RETRIES=1", "QTICKETS_RETRY_BASE_DELAY_MS=0", $"QTICKETS_WEBHOOK_SECRET={Secret}", string.Empty));
        await stack.ListenAsync(env, chEnv, port);
        return stack;
    }

    private async Task ListenAsync(string env, string chEnv, int port)
    {
        _listen = QticketsApp.RunAsync(
            ["listen", "--env-file", env, "--ch-env", chEnv, "--port", port.ToString(CultureInfo.InvariantCulture)], _console, null, _stop.Token);
        await WaitForAsync(() => Task.FromResult(_console.Output.Contains("listening ", StringComparison.Ordinal)));
    }

    /// <summary>An API client of the simulator (bearer token set).</summary>
    public HttpClient Api()
    {
        var http = new HttpClient { BaseAddress = Simulator.RestBaseUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Simulator.Token);
        return http;
    }

    /// <summary>POSTs a body to the listener as QTickets does, with the given <c>X-Signature</c> (right, forged or none).</summary>
    public async Task<HttpResponseMessage> PostAsync(HttpContent body, string? signature, string eventType = "updated")
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, WebhookUri) { Content = body };
        request.Headers.Add("X-Event-Type", eventType);
        request.Headers.Add("X-Model-Name", "Order");
        if (signature is not null)
        {
            request.Headers.Add("X-Signature", signature);
        }

        return await http.SendAsync(request);
    }

    /// <summary>Polls <paramref name="condition"/> every 25 ms; fails when <c>listen</c> ends or 30 s pass.</summary>
    public async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.False(_listen?.IsCompleted ?? false, "listen ended early: " + _console.Output);
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(30), "timed out; listen said: " + _console.Output);
            await Task.Delay(25);
        }
    }

    /// <summary>Stops <c>listen</c> as Ctrl+C does; returns its exit code.</summary>
    public async Task<int> StopListenerAsync()
    {
        await _stop.CancelAsync();
        return await (_listen ?? Task.FromResult(0)).WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await (_listen ?? Task.CompletedTask).WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            _stop.Dispose();
            await _api.DisposeAsync();
            await Database.DisposeAsync();
        }
    }
}
