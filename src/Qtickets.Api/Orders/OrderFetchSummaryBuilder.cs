namespace Qtickets.Api.Orders;

/// <summary>
/// The running totals of one order fetch. Pages are counted from concurrent fetches, the rest from the single
/// consuming loop, and the summary may be read from another thread: every member takes the lock.
/// </summary>
internal sealed class OrderFetchSummaryBuilder(TimeProvider time, OrderFetchMode mode)
{
    /// <summary>How many rejected records are kept with their ids and values (all of them are counted).</summary>
    public const int RejectedNamed = 20;
    private readonly List<SkippedRecord> _rejectedFirst = [];
    private readonly Lock _lock = new();
    private readonly long _started = time.GetTimestamp();
    private readonly List<FetchWarning> _warnings = [];
    private readonly Dictionary<string, int> _skippedByReason = new(StringComparer.Ordinal);
    private OrderFetchMode _mode = mode;
    private string? _switchReason;
    private int _pagesFetched;
    private int? _pagesPlanned;
    private long _seen;
    private long _kept;
    private long _skipped;
    private long? _total;
    private bool _postFallback;
    private bool _completed;
    private string? _stubReason;

    public OrderFetchMode Mode
    {
        get
        {
            lock (_lock)
            {
                return _mode;
            }
        }
    }

    public void Stub(string reason) => Update(() => (_stubReason, _completed) = (reason, true));

    public void PageFetched() => Update(() => _pagesFetched++);

    public void Planned(int? pages) => Update(() => _pagesPlanned = pages);

    public void Total(long? total) => Update(() => _total = total);

    public void PostFallbackUsed() => Update(() => _postFallback = true);

    public void Warn(FetchWarning warning) => Update(() => _warnings.Add(warning));

    public void Complete() => Update(() => _completed = true);

    public void SwitchToPlainPages(string reason) => Update(() => (_mode, _switchReason) = (OrderFetchMode.PlainPages, reason));

    public void PageProcessed(int records, int kept, IReadOnlyList<SkippedRecord> skipped) => Update(() =>
    {
        _seen += records;
        _kept += kept;
        _skipped += skipped.Count;
        foreach (var record in skipped)
        {
            _skippedByReason[record.Reason] = _skippedByReason.GetValueOrDefault(record.Reason) + 1;
            if (_rejectedFirst.Count < RejectedNamed)
            {
                _rejectedFirst.Add(record);
            }
        }
    });

    public OrderFetchProgress Progress()
    {
        lock (_lock)
        {
            return new OrderFetchProgress(_mode, _pagesFetched, _pagesPlanned, _seen, _kept, time.GetElapsedTime(_started));
        }
    }

    public OrderFetchSummary Snapshot()
    {
        lock (_lock)
        {
            return new OrderFetchSummary(
                _mode, _switchReason, _pagesFetched, _seen, _kept, _skipped,
                new Dictionary<string, int>(_skippedByReason, StringComparer.Ordinal), [.. _rejectedFirst],
                _total, _postFallback, [.. _warnings], _completed, _stubReason, time.GetElapsedTime(_started));
        }
    }

    private void Update(Action change)
    {
        lock (_lock)
        {
            change();
        }
    }
}
