namespace Qtickets.Benchmarks.Webhooks;

/// <summary>What the listener measured itself (its <c>meta_job_runs</c> row): receipt to stored in ms, orders applied and refused, applier calls.</summary>
internal sealed record ListenerLatency(long Applied, long Refused, long Batches, double? P50Ms, double? P95Ms);
