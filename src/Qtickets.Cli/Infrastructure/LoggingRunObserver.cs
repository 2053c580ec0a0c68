using Microsoft.Extensions.Logging;
using Qtickets.Api.Orders;
using Qtickets.Pipeline.Running;

namespace Qtickets.Cli.Infrastructure;

/// <summary>
/// Shows progress of long runs as log events (pages and rows done, rate, pages planned), at most one per
/// interval, so it reads the same on a terminal, in a container log and in the smoke command's tail.
/// </summary>
public sealed class LoggingRunObserver(ILogger logger, TimeProvider time, TimeSpan interval) : IRunObserver
{
    private readonly Lock _gate = new();
    private DateTimeOffset _lastReport = DateTimeOffset.MinValue;

    public void StageStarted(string stage) => logger.LogDebug("{Stage:l}: started", stage);

    public void OrdersProgress(OrderFetchSummary progress)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (now - _lastReport < interval)
            {
                return;
            }

            _lastReport = now;
        }

        logger.LogInformation(
            "orders progress: {Pages}/{Planned:l} pages, {Seen} records seen, {Kept} kept, {Rate:F0} records/s ({Mode})",
            progress.PagesFetched, progress.PagesPlanned?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?",
            progress.RecordsSeen, progress.RecordsKept, progress.RecordsPerSecond, progress.Mode);
    }

    public void StageCompleted(string stage, long rows) => logger.LogDebug("{Stage:l}: {Rows} rows", stage, rows);
}
