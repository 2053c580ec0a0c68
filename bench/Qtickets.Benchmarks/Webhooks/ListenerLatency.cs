namespace Qtickets.Benchmarks.Webhooks;

/// <summary>What the listener measured itself: receipt to stored (its applier's outcome), in ms, and how many it applied.</summary>
internal sealed record ListenerLatency(long Applied, long Refused, double? P50Ms, double? P95Ms);
