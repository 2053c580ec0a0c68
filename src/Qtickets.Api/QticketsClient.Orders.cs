using Qtickets.Api.Orders;

namespace Qtickets.Api;

public sealed partial class QticketsClient
{
    /// <summary>
    /// Streams the orders of <paramref name="query"/> per page (docs/data-contract.md, "Fetching orders"). Nothing is
    /// requested until the stream is enumerated; read it once with <c>await foreach</c> (pass the cancellation token
    /// with <c>WithCancellation</c>), then read <see cref="OrderStream.Summary"/>. Breaking out of the loop stops
    /// fetching. Throws <see cref="Errors.QticketsOrdersUnavailableException"/> when both the documented GET and the
    /// POST fallback fail.
    /// </summary>
    /// <param name="query">The window on <c>updated_at</c>, paid only, full scan; validated here.</param>
    /// <param name="progress">Told the running summary after every page (pages, records seen and kept, elapsed).</param>
    public OrderStream StreamOrders(OrderQuery query, IProgress<OrderFetchSummary>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = query.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException($"Invalid order query: {string.Join(" ", errors)}", nameof(query));
        }

        if (InStubMode())
        {
            var stub = new OrderFetchSummaryBuilder(Time, OrderFetchMode.Stub);
            stub.Stub(StubReason!);
            return new OrderStream(_ => AsyncEnumerable.Empty<OrderBatch>(), stub);
        }

        var summary = new OrderFetchSummaryBuilder(Time, OrderFetchMode.Filtered);
        return new OrderStream(new OrderFetchRun(Transport, query, _options, summary, progress, Logger, Time).RunAsync, summary);
    }
}
