using Qtickets.ClickHouse;
using Qtickets.ClickHouse.Local;
using Qtickets.ClickHouse.Schema;
using Qtickets.TestUtilities;

namespace Qtickets.Faults.Tests.Support;

/// <summary>
/// A ClickHouse of this test alone, in its own temporary state directory, that the test may stop and restart: never
/// the shared server other tests use. Bootstrapped with the schema in <see cref="LocalClickHouse.Database"/>.
/// </summary>
internal sealed class PrivateClickHouse : IAsyncDisposable
{
    private static readonly TimeSpan PortWait = TimeSpan.FromSeconds(30);

    private readonly TempDirectory _state = new();
    private readonly LocalClickHouse _server;
    private readonly bool _pinnedPort;
    private HttpClient? _http;
    private ClickHouseTarget? _target;

    private PrivateClickHouse(int? httpPort)
    {
        // A graceful stop keeps serving open keep-alive connections for seconds (a run could finish meanwhile):
        // killed 200 ms after SIGTERM, the server is really gone mid-run, as after a crash or an OOM kill.
        _server = new LocalClickHouse(new LocalClickHouseOptions(Path.Combine(_state.Path, "server"))
        {
            StopTimeout = TimeSpan.FromMilliseconds(200),
            HttpPort = httpPort,
        });
        _pinnedPort = httpPort is not null;
    }

    /// <summary>The running server; after a restart its port may differ (the old one may still be held) unless it was started with a pinned port.</summary>
    public ClickHouseTarget Target => _target ?? throw new InvalidOperationException("the private ClickHouse is not started");

    /// <param name="samePortAfterRestart">
    /// Keep the HTTP port across restarts (a restart waits until the port is free again): for a long-running process
    /// started with the server's address, such as <c>qtickets listen</c>, which must find it again where it was.
    /// </param>
    public static async Task<PrivateClickHouse> StartAsync(bool samePortAfterRestart = false)
    {
        var clickHouse = new PrivateClickHouse(samePortAfterRestart ? FreePorts.Pick([]) : null);
        try
        {
            await clickHouse.RestartAsync();
            var admin = clickHouse.Target.Admin.WithDatabase("default");
            await new SchemaBootstrapper(admin, new SchemaBootstrapOptions(LocalClickHouse.Database)).ApplyAsync(CancellationToken.None);
            return clickHouse;
        }
        catch
        {
            await clickHouse.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the server (SIGTERM, SIGKILL 200 ms later) and waits for it to exit.</summary>
    public Task StopAsync() => _server.StopAsync(CancellationToken.None);

    /// <summary>Starts it again on the same data; <see cref="Target"/> follows the new connection.</summary>
    public async Task RestartAsync()
    {
        var started = await StartServerAsync();
        var connection = started.Status.Connection ?? throw new InvalidOperationException("the private ClickHouse started without a connection");
        _http?.Dispose();
        var options = connection.Options(connection.Admin);
        _http = ClickHouseHttpClient.CreateHttpClient(options);
        _target = new ClickHouseTarget(connection, new ClickHouseHttpClient(_http, options));
    }

    public async ValueTask DisposeAsync()
    {
        await _server.StopAsync(CancellationToken.None);
        _http?.Dispose();
        _state.Dispose();
    }

    private async Task<LocalClickHouseStartResult> StartServerAsync()
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await _server.StartAsync(CancellationToken.None);
            }
            catch (LocalClickHouseException ex) when (_pinnedPort && ex.IsUsageError && waited.Elapsed < PortWait)
            {
                // The pinned port is still held by the killed server's connections: it frees within moments.
                await Task.Delay(200);
            }
        }
    }
}
