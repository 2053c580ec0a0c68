namespace Qtickets.Api.Orders;

/// <summary>
/// The orders of one query as a stream of per-page batches; read it once with <c>await foreach</c>. Breaking out
/// of the loop is the early stop: pages in flight are cancelled and nothing more is requested. <see cref="Summary"/>
/// can be read at any time (live while running, final once the loop ended, also after an exception).
/// </summary>
public sealed class OrderStream : IAsyncEnumerable<OrderBatch>
{
    private readonly Func<CancellationToken, IAsyncEnumerable<OrderBatch>> _run;
    private readonly OrderFetchSummaryBuilder _summary;
    private int _started;

    internal OrderStream(Func<CancellationToken, IAsyncEnumerable<OrderBatch>> run, OrderFetchSummaryBuilder summary)
    {
        _run = run;
        _summary = summary;
    }

    public OrderFetchSummary Summary => _summary.Snapshot();

    public IAsyncEnumerator<OrderBatch> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _started, 1) == 1)
        {
            throw new InvalidOperationException("An order stream can be read only once; ask the client for a new one.");
        }

        return _run(cancellationToken).GetAsyncEnumerator(cancellationToken);
    }
}
