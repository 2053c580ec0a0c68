namespace Qtickets.Pipeline.Transform;

/// <summary>
/// Row versions for ReplacingMergeTree: the moment the loader observed the state a row holds, in microseconds since
/// 1970 (UTC). Staging rows take the time their page was read (or a webhook's capped timestamp), never a timestamp
/// from the data itself, which may lie in the future. Versions of an earlier loader release counted milliseconds,
/// so every row written now replaces them.
/// </summary>
public static class RowVersions
{
    public static ulong Of(DateTimeOffset instant)
    {
        var microseconds = (instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / (TimeSpan.TicksPerMillisecond / 1000);
        return microseconds > 0 ? (ulong)microseconds : 0UL;
    }
}
