namespace Qtickets.Pipeline.Pushed;

/// <summary>One order pushed to the loader (a webhook body): its raw JSON and when it was received.</summary>
public sealed record PushedOrder(ReadOnlyMemory<byte> Json, DateTimeOffset ReceivedAt);
