using Qtickets.Webhooks;

namespace Qtickets.Benchmarks.Webhooks;

/// <summary>
/// The benchmark's stand-in while the command line wires no real applier: answers every item applied at once and
/// stores nothing, so the figures are the listener's own cost (HTTP, signature, JSON check, batching window).
/// Never shipped: the product's <c>listen</c> refuses to run without the real one.
/// </summary>
internal sealed class AcknowledgingApplier : IOrderChangeApplier
{
    public Task<WebhookApplyOutcome> ApplyAsync(IReadOnlyList<ReceivedOrder> batch, CancellationToken cancellationToken) =>
        Task.FromResult(new WebhookApplyOutcome([.. batch.Select(_ => OrderApplyResult.Applied)]));
}
