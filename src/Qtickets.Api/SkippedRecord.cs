namespace Qtickets.Api;

/// <summary>A record that could not be parsed and was left out; <see cref="RecordId"/> when one could be read.</summary>
public sealed record SkippedRecord(string Dataset, string? RecordId, string Reason);
