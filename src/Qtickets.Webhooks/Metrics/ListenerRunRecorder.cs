using Microsoft.Extensions.Logging;
using Qtickets.ClickHouse;

namespace Qtickets.Webhooks.Metrics;

/// <summary>
/// Writes one <c>meta_job_runs</c> row every <see cref="WebhookListenerOptions.MetricsInterval"/>, even when idle (the
/// row is the listener's heartbeat for <c>qtickets status</c>), and a last one on stop. A row that cannot be written
/// (ClickHouse down) is not lost: its period is merged into the next one.
/// </summary>
internal sealed class ListenerRunRecorder : IAsyncDisposable
{
    private readonly IClickHouseClient _client;
    private readonly ListenerMetrics _metrics;
    private readonly TimeSpan _interval;
    private readonly string _listener;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public ListenerRunRecorder(IClickHouseClient client, ListenerMetrics metrics, TimeSpan interval, string listener, TimeProvider time, ILogger logger)
    {
        _client = client;
        _metrics = metrics;
        _interval = interval;
        _listener = listener;
        _time = time;
        _logger = logger;
    }

    public void Start() => _loop = Task.Run(() => RunAsync(_stop.Token));

    /// <summary>Ends the periodic rows and writes the last period.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await (_loop ?? Task.CompletedTask).ConfigureAwait(false);
        await ReportAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await (_loop ?? Task.CompletedTask).ConfigureAwait(false);
        _stop.Dispose();
    }

    /// <summary>Writes the period that ends now; true when the row was stored.</summary>
    internal async Task<bool> ReportAsync(CancellationToken cancellationToken)
    {
        var period = _metrics.TakePeriod();
        try
        {
            await _client.ExecuteAsync(ListenerRunSql.Insert(period, _listener, Guid.NewGuid()), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is ClickHouseException or HttpRequestException or OperationCanceledException)
        {
            _metrics.Restore(period);
            _logger.LogWarning("could not write the listener's meta_job_runs row ({Error}); its counts go into the next one", ex.Message);
            return false;
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_interval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                await ReportAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes the last row.
        }
    }
}
