using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Qtickets.ClickHouse;
using Qtickets.Webhooks.Batching;
using Qtickets.Webhooks.Http;
using Qtickets.Webhooks.Metrics;

namespace Qtickets.Webhooks;

/// <summary>
/// The running webhook listener: <c>POST {path}</c> for QTickets' signed order webhooks, <c>GET /healthz</c>, and a
/// <c>meta_job_runs</c> row every few minutes. <see cref="StopAsync"/> is the graceful stop of a SIGTERM: no new
/// connections, every request in hand answered after its batch is stored, a last metrics row, then return.
/// </summary>
public sealed partial class WebhookListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly OrderChangeBatcher _batcher;
    private readonly HealthEndpoint _health;
    private readonly WebhookListenerOptions _options;
    private readonly ILogger _logger;
    private ListenerRunRecorder? _recorder;
    private int _stopped;
    private int _disposed;

    private WebhookListener(
        WebApplication app, OrderChangeBatcher batcher, HealthEndpoint health, ListenerMetrics metrics, WebhookListenerOptions options, ILogger logger)
    {
        _app = app;
        _batcher = batcher;
        _health = health;
        _options = options;
        _logger = logger;
        Metrics = metrics;
    }

    /// <summary>The bound port (the configured one, or the free one picked for 0).</summary>
    public int Port { get; private set; }

    /// <summary><c>http://host:port{path}</c>: where QTickets must POST.</summary>
    public Uri WebhookUri => new($"http://{UriHost}:{Port}{_options.Path}");

    /// <summary><c>http://host:port/healthz</c>.</summary>
    public Uri HealthUri => new($"http://{UriHost}:{Port}{Configuration.WebhookSettings.HealthPath}");

    /// <summary>What it did since start and in the current period.</summary>
    public ListenerMetrics Metrics { get; }

    private string UriHost => _options.Host switch
    {
        "0.0.0.0" => "127.0.0.1",
        "::" => "[::1]",
        { } host when host.Contains(':', StringComparison.Ordinal) => $"[{host}]",
        { } host => host,
    };

    /// <summary>Binds and returns once connections are accepted.</summary>
    /// <param name="options">Validated settings (see <see cref="WebhookListenerOptions.From"/>).</param>
    /// <param name="applier">Stores the orders; see <see cref="IOrderChangeApplier"/>.</param>
    /// <param name="clickHouse">For <c>/healthz</c> and the <c>meta_job_runs</c> rows (the writer account).</param>
    /// <param name="logs">Where the listener logs (one line per refused, ignored or rejected webhook).</param>
    /// <param name="time">Receipt times, the batching window and the reporting period.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    public static async Task<WebhookListener> StartAsync(
        WebhookListenerOptions options, IOrderChangeApplier applier, IClickHouseClient clickHouse, ILoggerFactory logs, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logs);
        var logger = logs.CreateLogger("qtickets.webhooks");
        var metrics = new ListenerMetrics(time);
        var batcher = new OrderChangeBatcher(applier, options, time, metrics, logger);
        var health = new HealthEndpoint(clickHouse, options.HealthTimeout, time);
        var endpoint = new WebhookEndpoint(options, batcher, metrics, time, logger);
        var app = Build(options);
        ((IApplicationBuilder)app).Run(http => RouteAsync(http, options.Path, endpoint, health));
        var listener = new WebhookListener(app, batcher, health, metrics, options, logger);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // The port in use, say: release what was built before reporting it.
            await batcher.DisposeAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        listener.Port = BoundPort(app);
        var where = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"POST {options.Path} on port {listener.Port}");
        listener._recorder = new ListenerRunRecorder(clickHouse, metrics, options.MetricsInterval, where, time, logger);
        listener._recorder.Start();
        return listener;
    }

    private static Task RouteAsync(HttpContext http, string path, WebhookEndpoint endpoint, HealthEndpoint health)
    {
        var method = http.Request.Method;
        var requested = http.Request.Path.Value ?? "/";
        if (requested == path)
        {
            return HttpMethods.IsPost(method) ? endpoint.HandleAsync(http) : NotAllowedAsync(http, "POST");
        }

        if (requested == Configuration.WebhookSettings.HealthPath)
        {
            return HttpMethods.IsGet(method) || HttpMethods.IsHead(method) ? health.HandleAsync(http) : NotAllowedAsync(http, "GET");
        }

        return Answers.WriteAsync(http, StatusCodes.Status404NotFound, "not_found");
    }

    private static Task NotAllowedAsync(HttpContext http, string allow)
    {
        http.Response.Headers.Allow = allow;
        return Answers.WriteAsync(http, StatusCodes.Status405MethodNotAllowed, "method_not_allowed");
    }
}
