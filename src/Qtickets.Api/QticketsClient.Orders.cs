using System.Globalization;
using Qtickets.Api.Http;
using Qtickets.Api.Models;
using Qtickets.Api.Orders;
using Qtickets.Api.Parsing;

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
        var source = new OrderPageSource(Transport, filter, _options.RequestedPageSize, summary, _logger);
        var run = new OrderFetchRun(source, query, filter, _options, summary, progress, _logger);
        return new OrderStream(run.RunAsync, summary);
    }

    public async Task<Order?> GetOrderAsync(long orderId, CancellationToken cancellationToken)
    {
        if (InStubMode())
        {
            return null;
        }

        var request = new ApiRequest(HttpMethod.Get, $"orders/{orderId.ToString(CultureInfo.InvariantCulture)}");
        return await GetSingleAsync(request, OrderParser.Parse, cancellationToken);
    }

    private async Task<T> GetSingleAsync<T>(ApiRequest request, Func<System.Text.Json.JsonElement, ParseResult<T>> parse, CancellationToken cancellationToken)
        where T : class
    {
        using var document = await Transport.SendAsync(request, cancellationToken);
        var record = PageReader.Single(document.RootElement, request, Transport.Redactor);
        var result = RecordParsing.ParseOne(record, parse);
        return result.Value ?? throw ShapeError.Create(request.Endpoint, $"the record is unreadable ({result.Error})", document.RootElement, Transport.Redactor);
    }
}
