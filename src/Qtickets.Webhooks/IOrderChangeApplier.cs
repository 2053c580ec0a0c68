namespace Qtickets.Webhooks;

/// <summary>
/// Stores order changes that arrived by webhook: the seam between the listener (HTTP, signatures, batching) and the
/// loader's rules (transform, staging, daily facts). The listener answers QTickets from the result: 200 for an item
/// <see cref="OrderApplyStatus.Applied"/> or <see cref="OrderApplyStatus.Rejected"/>, 503 for one
/// <see cref="OrderApplyStatus.Refused"/> (QTickets then retries it, n^3 seconds later).
/// </summary>
/// <remarks>
/// The listener calls it from one loop, one batch at a time (never concurrently), with the webhooks that arrived
/// within one batching window; every request waits for its own item's result. An exception from
/// <see cref="ApplyAsync"/> refuses the whole batch (503), so nothing is lost. Replayed and out-of-order webhooks
/// arrive: applying an older state after a newer one must not replace it.
/// </remarks>
public interface IOrderChangeApplier
{
    /// <summary>Stores every order of <paramref name="batch"/> that the data contract accepts, durably, before returning.</summary>
    /// <param name="batch">
    /// The orders in arrival order; never empty. Every body was signed with the shared secret and is one JSON object
    /// (the order as <c>GET /orders/{id}</c> returns it in <c>data</c>). The same order can appear twice.
    /// </param>
    /// <param name="cancellationToken">Cancelled only when a shutdown has waited too long for this batch.</param>
    /// <returns>Exactly one result per item of <paramref name="batch"/>, in the same order.</returns>
    Task<WebhookApplyOutcome> ApplyAsync(IReadOnlyList<ReceivedOrder> batch, CancellationToken cancellationToken);
}
