namespace Qtickets.Api.Orders;

/// <summary>
/// The running <see cref="OrderFetchSummary"/> of one order fetch. Pages are counted from concurrent fetches, the rest
/// from the single consuming loop, and the summary may be read from another thread: every change takes the lock and
/// replaces the summary with a changed copy.
/// </summary>
internal sealed class OrderFetchSummaryBuilder(TimeProvider time, OrderFetchMode mode)
{
    /// <summary>How many rejected records are kept with their ids and values (all of them are counted).</summary>
    public const int RejectedNamed = 20;
    private readonly Lock _lock = new();
    private readonly long _started = time.GetTimestamp();
    private OrderFetchSummary _summary = new(mode, null, 0, 0, 0, 0, new Dictionary<string, int>(), [], null, false, [], false, null, TimeSpan.Zero);

    public OrderFetchMode Mode => Snapshot().Mode;

    public void Stub(string reason) => Update(s => s with { StubReason = reason, Completed = true });

    public void PageFetched() => Update(s => s with { PagesFetched = s.PagesFetched + 1 });

    public void Planned(int? pages) => Update(s => s with { PagesPlanned = pages });

    public void Total(long? total) => Update(s => s with { ReportedTotal = total });

    public void PostFallbackUsed() => Update(s => s with { PostFallbackUsed = true });

    public void Warn(FetchWarning warning) => Update(s => s with { Warnings = [.. s.Warnings, warning] });

    public void Complete() => Update(s => s with { Completed = true });

    public void SwitchToPlainPages(string reason) => Update(s => s with { Mode = OrderFetchMode.PlainPages, ModeSwitchReason = reason });

    public void PageProcessed(int records, int kept, IReadOnlyList<SkippedRecord> skipped) => Update(s => s with
    {
        RecordsSeen = s.RecordsSeen + records,
        RecordsKept = s.RecordsKept + kept,
        RecordsSkipped = s.RecordsSkipped + skipped.Count,
        SkippedByReason = skipped.Count == 0 ? s.SkippedByReason : Counted(s.SkippedByReason, skipped),
        RejectedFirst = skipped.Count == 0 ? s.RejectedFirst : [.. s.RejectedFirst, .. skipped.Take(RejectedNamed - s.RejectedFirst.Count)],
    });

    public OrderFetchSummary Snapshot()
    {
        lock (_lock)
        {
            return _summary with { Elapsed = time.GetElapsedTime(_started) };
        }
    }

    private void Update(Func<OrderFetchSummary, OrderFetchSummary> change)
    {
        lock (_lock)
        {
            _summary = change(_summary);
        }
    }

    private static Dictionary<string, int> Counted(IReadOnlyDictionary<string, int> counts, IReadOnlyList<SkippedRecord> skipped)
    {
        var next = new Dictionary<string, int>(counts, StringComparer.Ordinal);
        foreach (var record in skipped)
        {
            next[record.Reason] = next.GetValueOrDefault(record.Reason) + 1;
        }

        return next;
    }
}
