using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Qtickets.Webhooks.Metrics;

namespace Qtickets.Webhooks;

/// <summary>Kestrel set-up and the graceful stop.</summary>
public sealed partial class WebhookListener
{
    private static readonly TimeSpan FinalReportTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The graceful stop: Kestrel stops accepting and waits for the requests in hand, which wait for their batch;
    /// then the batcher drains, and a last <c>meta_job_runs</c> row is written. After
    /// <see cref="WebhookListenerOptions.DrainTimeout"/> (or when <paramref name="cancellationToken"/> fires) what is
    /// still in hand is cancelled and refused, which QTickets retries.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return;
        }

        _health.Stopping();
        using var drain = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        drain.CancelAfter(_options.DrainTimeout);
        _logger.LogInformation("stopping: finishing the webhooks in hand");
        await _app.StopAsync(drain.Token).ConfigureAwait(false);
        await _batcher.DrainAsync(drain.Token).ConfigureAwait(false);
        // The last row has its own short deadline: a drain that ran out must not cost the report of what was done.
        using var report = new CancellationTokenSource(FinalReportTimeout);
        await (_recorder?.StopAsync(report.Token) ?? Task.CompletedTask).ConfigureAwait(false);
        var totals = Metrics.Totals;
        _logger.LogInformation(
            "stopped: {Received} webhooks received, {Applied} applied, {Rejected} rejected, {Refused} refused",
            totals[WebhookCounter.Received],
            totals[WebhookCounter.Applied],
            totals[WebhookCounter.Rejected],
            totals[WebhookCounter.Refused]);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        await (_recorder?.DisposeAsync() ?? ValueTask.CompletedTask).ConfigureAwait(false);
        await _batcher.DisposeAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static WebApplication Build(WebhookListenerOptions options)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WebhookListener).Assembly.GetName().Name,
        });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // The same cap as the endpoint's own read: a chunked body cannot exceed it either.
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            if (options.Host == "localhost")
            {
                kestrel.ListenLocalhost(options.Port);
            }
            else
            {
                kestrel.Listen(IPAddress.Parse(options.Host), options.Port);
            }
        });
        // The stop waits for requests in hand as long as the drain allows, not the host's default.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.DrainTimeout);
        return builder.Build();
    }

    private static int BoundPort(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First()).Port;
    }
}
