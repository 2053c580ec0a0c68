using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Qtickets.Simulator.Data;
using Qtickets.Simulator.Http;
using Qtickets.Simulator.Webhooks;

namespace Qtickets.Simulator;

/// <summary>
/// A running QTickets API simulator on 127.0.0.1: the REST API under <see cref="RestBaseUri"/>, the
/// Partners API under <see cref="PartnersBaseUri"/>, and <c>/_simulator/health</c>. Used in-process by
/// tests, benchmarks and the demo, and served by <c>./qtickets simulate</c>.
/// </summary>
public sealed class SimulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FaultInjector _faults;
    private readonly Dataset _data;
    private readonly WebhookDispatcher? _webhooks;
    private readonly LiveSales? _liveSales;
    private int _stopped;

    private SimulatorServer(WebApplication app, Dataset data, FaultInjector faults, WebhookDispatcher? webhooks, LiveSales? liveSales, RequestLog log, SimulatorOptions options, DateTimeOffset anchor, int port)
    {
        _app = app;
        _data = data;
        _faults = faults;
        _webhooks = webhooks;
        _liveSales = liveSales;
        Requests = log;
        Options = options;
        Anchor = anchor;
        Port = port;
        BaseUri = new Uri($"http://127.0.0.1:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}/");
        RestBaseUri = new Uri(BaseUri, "api/rest/v1/");
        PartnersBaseUri = new Uri(BaseUri, "api/partners/v1/");
    }

    public SimulatorOptions Options { get; }

    /// <summary>"Now" of the generated history (whole seconds).</summary>
    public DateTimeOffset Anchor { get; }

    public int Port { get; }

    /// <summary><c>http://127.0.0.1:P/</c>.</summary>
    public Uri BaseUri { get; }

    /// <summary><c>http://127.0.0.1:P/api/rest/v1/</c>.</summary>
    public Uri RestBaseUri { get; }

    /// <summary><c>http://127.0.0.1:P/api/partners/v1/</c>.</summary>
    public Uri PartnersBaseUri { get; }

    /// <summary>Bearer token of the REST API.</summary>
    public string Token => Options.Token;

    /// <summary>Bearer token of the Partners API.</summary>
    public string PartnersToken => Options.PartnersToken;

    /// <summary>Every request served, with counts; see <see cref="RequestCount"/>.</summary>
    public RequestLog Requests { get; }

    /// <summary>The faults in force now.</summary>
    public SimulatorFaults Faults => _faults.Current;

    /// <summary>Orders now: the generated history plus live sales.</summary>
    public int OrderCount => _data.Orders.Count;

    /// <summary>Live sales made so far (<see cref="SimulatorOptions.LiveSalesPerMinute"/>).</summary>
    public long LiveSalesMade => _liveSales?.Made ?? 0;

    /// <summary>What the webhook deliveries did so far (<see cref="WebhookStats.None"/> without <see cref="SimulatorOptions.Webhooks"/>).</summary>
    public WebhookStats Webhooks => _webhooks?.Stats ?? WebhookStats.None;

    /// <summary>Generates the data, binds 127.0.0.1 and returns once connections are accepted.</summary>
    /// <param name="options">Validated first; see <see cref="SimulatorOptions.Validate"/>.</param>
    /// <param name="timeProvider">The clock for the default anchor, updated_at of refunds and latency; null for the system clock.</param>
    /// <param name="cancellationToken">Cancels generation and start-up.</param>
    /// <exception cref="SimulatorOptionsException">Invalid options; nothing was started.</exception>
    public static async Task<SimulatorServer> StartAsync(SimulatorOptions options, TimeProvider? timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        var time = timeProvider ?? TimeProvider.System;
        var anchorInstant = options.Anchor ?? time.GetUtcNow();
        var anchor = DateTimeOffset.FromUnixTimeSeconds(anchorInstant.ToUnixTimeSeconds());
        var data = await Task.Run(() => Dataset.Create(options.Seed, anchor, options.Orders, options.Events), cancellationToken).ConfigureAwait(false);
        var faults = new FaultInjector(options.Seed, options.Faults);
        var log = new RequestLog(options.RequestLogCapacity);
        var app = Build(options.Port);
        var webhooks = options.Webhooks is { } target ? new WebhookDispatcher(target, time) : null;
        var feed = new OrderChangeFeed(webhooks);
        var pipeline = new RequestPipeline(data, options, faults, log, feed, () => webhooks?.Stats ?? WebhookStats.None, time);
        ((IApplicationBuilder)app).Run(pipeline.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Port in use, say: release what was built before reporting it.
            await app.DisposeAsync().ConfigureAwait(false);
            await (webhooks?.DisposeAsync() ?? ValueTask.CompletedTask).ConfigureAwait(false);
            throw;
        }

        // Live sales start once the API answers, so every sale can be read back at once.
        var liveSales = options.LiveSalesPerMinute > 0
            ? new LiveSales(data, new OrderDetailsGenerator(data), feed, options.LiveSalesPerMinute, time)
            : null;
        return new SimulatorServer(app, data, faults, webhooks, liveSales, log, options, anchor, BoundPort(app));
    }

    /// <summary>Requests with this method (<c>*</c> for any) under this path prefix; see <see cref="RequestLog.Count"/>.</summary>
    public int RequestCount(string method, string pathPrefix) => Requests.Count(method, pathPrefix);

    /// <summary>Requests with exactly this path, e.g. <c>RequestCountExact("GET", "orders")</c>: order listings only; see <see cref="RequestLog.CountExact"/>.</summary>
    public int RequestCountExact(string method, string path) => Requests.CountExact(method, path);

    /// <summary>Replaces the faults; the "every K-th" counters restart.</summary>
    /// <exception cref="SimulatorOptionsException">Invalid faults; nothing changed.</exception>
    public void UpdateFaults(SimulatorFaults faults)
    {
        ArgumentNullException.ThrowIfNull(faults);
        var errors = faults.Validate();
        if (errors.Count > 0)
        {
            throw new SimulatorOptionsException(errors);
        }

        _faults.Update(faults);
    }

    /// <summary>Changes some faults: <c>server.UpdateFaults(f => f with { RateLimitEvery = 3 })</c>.</summary>
    public void UpdateFaults(Func<SimulatorFaults, SimulatorFaults> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        UpdateFaults(change(Faults));
    }

    /// <summary>Ends live sales (the API and webhook deliveries go on), e.g. to let the deliveries drain.</summary>
    public async Task StopLiveSalesAsync() => await (_liveSales?.DisposeAsync() ?? ValueTask.CompletedTask).ConfigureAwait(false);

    /// <summary>Stops live sales and the API; webhook deliveries still pending are abandoned.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            await (_liveSales?.DisposeAsync() ?? ValueTask.CompletedTask).ConfigureAwait(false);
            await _app.StopAsync(cancellationToken).ConfigureAwait(false);
            await (_webhooks?.DisposeAsync() ?? ValueTask.CompletedTask).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static WebApplication Build(int port)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SimulatorServer).Assembly.GetName().Name,
        });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 1 << 20;
            kestrel.Listen(IPAddress.Loopback, port);
        });
        return builder.Build();
    }

    private static int BoundPort(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First()).Port;
    }
}
