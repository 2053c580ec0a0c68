namespace Qtickets.Pipeline.Transform;

/// <summary>
/// Row versions for ReplacingMergeTree. Staging versions come from the data itself (the latest change time of the
/// record, in milliseconds), not from the load time: whichever loader writes last, the newer state of an order wins.
/// </summary>
public static class RowVersions
{
    public static ulong Of(DateTimeOffset? instant) =>
        instant is { } value && value.ToUnixTimeMilliseconds() > 0 ? (ulong)value.ToUnixTimeMilliseconds() : 0UL;

    public static ulong Latest(IEnumerable<DateTimeOffset?> instants) =>
        instants.Select(Of).DefaultIfEmpty(0UL).Max();
}
