namespace Qtickets.Webhooks;

/// <summary>One signed order webhook, as received.</summary>
/// <param name="Body">The raw request body: one JSON object, the order. Valid until the applier's task completes; copy it to keep it longer.</param>
/// <param name="EventType">The <c>X-Event-Type</c> header.</param>
/// <param name="ReceivedAt">When the listener started to read the request (from its <see cref="TimeProvider"/>).</param>
public sealed record ReceivedOrder(ReadOnlyMemory<byte> Body, OrderEventType EventType, DateTimeOffset ReceivedAt);
