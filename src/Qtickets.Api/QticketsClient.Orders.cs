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
            var stub = new OrderFetchSummaryBuilder(Time, OrderFetchMode.Stub);
            stub.Stub(StubReason!);
            return new OrderStream(_ => AsyncEnumerable.Empty<OrderBatch>(), stub);
        }

        var summary = new OrderFetchSummaryBuilder(Time, OrderFetchMode.Filtered);
        return new OrderStream(new OrderFetchRun(Transport, query, _options, summary, progress, Logger, Time).RunAsync, summary);
    }
}
