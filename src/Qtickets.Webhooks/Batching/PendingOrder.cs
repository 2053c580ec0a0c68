namespace Qtickets.Webhooks.Batching;

/// <summary>A webhook waiting for its batch: the order, the request's completion, and its receipt (a <see cref="TimeProvider"/> timestamp).</summary>
internal sealed record PendingOrder(ReceivedOrder Order, TaskCompletionSource<OrderApplyResult> Result, long ReceivedTimestamp);
