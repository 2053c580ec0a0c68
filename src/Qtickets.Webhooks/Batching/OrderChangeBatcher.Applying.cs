using Microsoft.Extensions.Logging;
using Qtickets.Webhooks.Metrics;

namespace Qtickets.Webhooks.Batching;

/// <summary>One applier call and the answers it gives every waiting request.</summary>
internal sealed partial class OrderChangeBatcher
{
    private async Task ApplyAsync(List<PendingOrder> batch)
    {
        _metrics.Count(WebhookCounter.Batches);
        var results = await CallApplierAsync(batch).ConfigureAwait(false);
        for (var i = 0; i < batch.Count; i++)
        {
            var result = results[i];
            if (result.Status == OrderApplyStatus.Applied)
            {
                _metrics.Stored(_time.GetElapsedTime(batch[i].ReceivedTimestamp));
            }
            else
            {
                _metrics.Count(result.Status == OrderApplyStatus.Rejected ? WebhookCounter.Rejected : WebhookCounter.Refused);
            }

            batch[i].Result.TrySetResult(result);
        }
    }

    private async Task<IReadOnlyList<OrderApplyResult>> CallApplierAsync(List<PendingOrder> batch)
    {
        try
        {
            var outcome = await _applier.ApplyAsync([.. batch.Select(p => p.Order)], _abort.Token).ConfigureAwait(false);
            if (outcome?.Results is { } results && results.Count == batch.Count && results.All(r => r is not null))
            {
                return results;
            }

            _logger.LogError(
                "the order applier answered {Answered} results for a batch of {Count}; the batch is refused (503) so QTickets retries it",
                outcome?.Results?.Count ?? 0,
                batch.Count);
            return WebhookApplyOutcome.AllRefused(batch.Count, "the applier answered a wrong number of results").Results;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Refused, not failed: QTickets retries every item, so nothing is lost.
            _logger.LogWarning("the order applier failed on a batch of {Count} ({Error}); refused with 503 so QTickets retries", batch.Count, ex.Message);
            return WebhookApplyOutcome.AllRefused(batch.Count, "the applier failed: " + ex.Message).Results;
        }
    }
}
