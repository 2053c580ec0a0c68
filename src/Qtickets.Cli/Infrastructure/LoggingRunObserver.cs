using System.Globalization;
using Microsoft.Extensions.Logging;
using Qtickets.Api.Orders;
using Qtickets.Pipeline.Running;

namespace Qtickets.Cli.Infrastructure;

/// <summary>
/// Shows progress of long stages as log events (orders: pages and rows done, rate, pages planned; inventory and
/// barcodes: shows done of those planned; catalogues: pages and rows), at most one per stage per interval, so it
/// reads the same on a terminal, in a container log and in the smoke command's tail. The last state of a stage is
/// always shown (its final line): when its work is all done, or, when it was held back by the interval, as the
/// stage completes.
/// </summary>
public sealed class LoggingRunObserver(ILogger logger, TimeProvider time, TimeSpan interval) : IRunObserver
{
    // Invariant: a stage has an entry in _held only while its latest progress has not been logged.
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _lastReport = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Action> _held = new(StringComparer.Ordinal);

    public void StageStarted(string stage) => logger.LogDebug("{Stage:l}: started", stage);

    public void OrdersProgress(OrderFetchSummary progress) => Report("orders", final: false, () => logger.LogInformation(
        "orders progress: {Pages}/{Planned:l} pages, {Seen} records seen, {Kept} kept, {Rate:F0} records/s ({Mode})",
        progress.PagesFetched, progress.PagesPlanned?.ToString(CultureInfo.InvariantCulture) ?? "?",
        progress.RecordsSeen, progress.RecordsKept, progress.RecordsPerSecond, progress.Mode));

    public void Progress(StageProgress progress) => Report(progress.Stage, progress.IsFinal, () => logger.LogInformation(
        "{Stage:l} progress: {Progress:l}", progress.Stage, progress.Describe()));

    public void StageCompleted(string stage, long rows)
    {
        lock (_gate)
        {
            // Logged under the lock, like every progress line, so a stage's lines never come out of order.
            if (_held.Remove(stage, out var last))
            {
                last();
            }

            _lastReport.Remove(stage);
        }

        logger.LogDebug("{Stage:l}: {Rows} rows", stage, rows);
    }

    /// <summary>Logs now when the stage's interval has passed (or this is its final state), else holds it back.</summary>
    private void Report(string stage, bool final, Action log)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (!final && _lastReport.TryGetValue(stage, out var last) && now - last < interval)
            {
                _held[stage] = log;
                return;
            }

            _lastReport[stage] = now;
            _held.Remove(stage);
            log();
        }
    }
}
