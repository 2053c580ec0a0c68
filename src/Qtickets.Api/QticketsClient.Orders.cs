using Qtickets.Api.Orders;

namespace Qtickets.Api;

public sealed partial class QticketsClient
{
    public OrderStream StreamOrders(OrderQuery query, IProgress<OrderFetchProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = query.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException($"Invalid order query: {string.Join(" ", errors)}", nameof(query));
        }

        if (InStubMode())
        {
            var stub = new OrderFetchSummaryBuilder(_time, OrderFetchMode.Stub);
            stub.Stub(_options.StubReason!);
            return new OrderStream(_ => AsyncEnumerable.Empty<OrderBatch>(), stub);
        }

        var summary = new OrderFetchSummaryBuilder(_time, OrderFetchMode.Filtered);
        var filter = new OrderFilter(query);
        var source = new OrderPageSource(Transport, filter, _options.RequestedPageSize, summary, new ObservationClock(_time), _logger);
        var run = new OrderFetchRun(source, query, filter, _options, summary, progress, _logger);
        return new OrderStream(run.RunAsync, summary);
    }
}
