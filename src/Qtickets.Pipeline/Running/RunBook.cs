using Microsoft.Extensions.Logging;
using Qtickets.ClickHouse;
using Qtickets.Pipeline.Loading;
using Qtickets.Pipeline.Rows;
using Qtickets.Api.Time;

namespace Qtickets.Pipeline.Running;

/// <summary>The run's one <c>meta_job_runs</c> row: ok, or error when the run failed.</summary>
internal sealed class RunBook(JobRunStore runs, ILogger logger)
{
    /// <summary>
    /// The ok row, last. When it cannot be written (ClickHouse gone after the last dataset) the run still failed, as a
    /// <see cref="LoaderRunException"/> like any other failure. No error row is tried: the ok row may have been stored
    /// after all (an answer lost on the way back), and one run must not leave two rows. Its data is complete and the
    /// next run's window starts at the last recorded ok run, so it re-reads this one's.
    /// </summary>
    public async Task RecordOkAsync(RunReport report, CancellationToken cancellationToken)
    {
        try
        {
            await runs.RecordAsync(ToRow(report), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            var failed = report with
            {
                Status = RunStatus.Error,
                Error = $"everything was written but the run's ok row: {LoaderJob.Describe(ex)}",
                Recorded = false,
            };
            throw new LoaderRunException(failed, ex);
        }
    }

    /// <summary>The error row of a failed run, best effort: false when it could not be written.</summary>
    public async Task<bool> TryRecordErrorAsync(RunReport failed)
    {
        try
        {
            // Not the run's token: a cancelled or failed run must still leave its error row.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await runs.RecordAsync(ToRow(failed), timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is ClickHouseException or HttpRequestException or OperationCanceledException)
        {
            logger.LogError("the error row could not be written to meta_job_runs: {Reason:l}", ex.Message);
            return false;
        }
    }

    private static JobRunRow ToRow(RunReport report) => new()
    {
        Job = report.Job,
        RunId = report.RunId,
        StartedAt = MoscowTime.ToWallClock(report.StartedAt),
        FinishedAt = MoscowTime.ToWallClock(report.FinishedAt),
        Status = RunMetricsJson.StatusText(report.Status),
        RowsProcessed = (ulong)report.RowsProcessed,
        Message = RunMetricsJson.Message(report),
        Metrics = RunMetricsJson.Metrics(report),
    };
}
