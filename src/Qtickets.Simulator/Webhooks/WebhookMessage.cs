namespace Qtickets.Simulator.Webhooks;

/// <summary>One webhook to deliver: the order JSON as of the change, its signature, and when the change happened (a <see cref="TimeProvider"/> timestamp).</summary>
internal sealed record WebhookMessage(string EventType, int OrderId, ReadOnlyMemory<byte> Body, string Signature, long ChangedAt);
