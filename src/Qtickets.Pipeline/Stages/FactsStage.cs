using Microsoft.Extensions.Logging;
using Qtickets.ClickHouse;
using Qtickets.Pipeline.Loading;
using Qtickets.Pipeline.Running;

namespace Qtickets.Pipeline.Stages;

/// <summary>Daily facts: every sale day the orders stage touched, recomputed whole from the deduplicated staging.</summary>
internal sealed class FactsStage(LoaderJobContext context, ILogger logger)
{
    /// <summary>
    /// How long a recompute may go on once the run is asked to stop (SIGTERM, Ctrl+C): the daily facts must equal
    /// staging after every run, a stopped one too, and a recompute of the days of one run takes a second or two.
    /// Docker waits 10 s after SIGTERM before it kills.
    /// </summary>
    public static readonly TimeSpan GraceAfterStop = TimeSpan.FromSeconds(5);

    public async Task RecomputeAsync(
        RunAccumulator run, IReadOnlyCollection<DateOnly> days, IClickHouseClient clickHouse, CancellationToken cancellationToken)
    {
        context.Observer.StageStarted("facts");
        if (days.Count > 0)
        {
            using var grace = new CancellationTokenSource();
            using var stop = cancellationToken.Register(() => grace.CancelAfter(GraceAfterStop));
            await new DailyFactsRecomputer(clickHouse).RecomputeAsync(days, grace.Token).ConfigureAwait(false);
        }

        run.DaysRecomputed = days.Count;
        context.Observer.StageCompleted("facts", days.Count);
        logger.LogInformation("facts: {Days} days recomputed from staging", days.Count);
    }
}
