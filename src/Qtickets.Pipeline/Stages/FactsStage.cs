using Microsoft.Extensions.Logging;
using Qtickets.ClickHouse;
using Qtickets.Pipeline.Loading;
using Qtickets.Pipeline.Running;

namespace Qtickets.Pipeline.Stages;

/// <summary>Daily facts: every sale day the orders stage touched, recomputed whole from the deduplicated staging.</summary>
internal sealed class FactsStage(LoaderJobContext context, ILogger logger)
{
    public async Task RecomputeAsync(
        RunAccumulator run, IReadOnlyCollection<DateOnly> days, IClickHouseClient clickHouse, CancellationToken cancellationToken)
    {
        context.Observer.StageStarted("facts");
        if (days.Count > 0)
        {
            await new DailyFactsRecomputer(clickHouse).RecomputeAsync(days, cancellationToken).ConfigureAwait(false);
        }

        run.DaysRecomputed = days.Count;
        context.Observer.StageCompleted("facts", days.Count);
        logger.LogInformation("facts: {Days} days recomputed from staging", days.Count);
    }
}
