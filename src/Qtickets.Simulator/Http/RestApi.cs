using System.Globalization;
using System.Text.Json;
using Qtickets.Simulator.Data;
using Qtickets.Simulator.Json;
using Qtickets.Simulator.Query;
using Qtickets.Simulator.Sources;
using Qtickets.Simulator.Webhooks;

namespace Qtickets.Simulator.Http;

/// <summary>The organiser's REST API: bearer auth, listings with the query language, records, seats, barcodes, the refund verb.</summary>
internal sealed partial class RestApi
{
    private readonly Dataset _data;
    private readonly string _token;
    private readonly FaultInjector _faults;
    private readonly OrderDetailsGenerator _generator;
    private readonly OrderMutations _mutations;
    private readonly BasketLookup _baskets;
    private readonly OrderChangeFeed _feed;
    private readonly QueryExecutor _executor = new();
    private readonly Dictionary<Endpoint, IListSource> _sources;

    public RestApi(Dataset data, OrderDetailsGenerator generator, string token, FaultInjector faults, OrderChangeFeed feed, TimeProvider time)
    {
        _feed = feed;
        _data = data;
        _token = token;
        _faults = faults;
        _generator = generator;
        _mutations = new OrderMutations(data, _generator, time);
        _baskets = new BasketLookup(data, _generator);
        var orders = new OrdersSource(data, _generator);
        _sources = new Dictionary<Endpoint, IListSource>
        {
            [Endpoint.OrdersList] = orders,
            [Endpoint.OrdersPost] = orders,
            [Endpoint.EventsList] = new EventsSource(data),
            [Endpoint.Clients] = new ClientsSource(data),
            [Endpoint.ColorThemes] = new ColorThemesSource(),
            [Endpoint.Discounts] = new DiscountsSource(data.Catalogs),
            [Endpoint.PromoCodes] = new PromoCodesSource(data.Catalogs),
        };
    }

    public async Task HandleAsync(ApiRequest request)
    {
        var http = request.Http;
        if (!BearerAuth.IsValid(http.Request, _token))
        {
            await Responses.WriteErrorAsync(http, 403, "Wrong authorization", request.Aborted).ConfigureAwait(false);
            return;
        }

        if (request.Route.Endpoint == Endpoint.OrdersPost && request.Faults.PostOrdersStatus is { } postStatus)
        {
            request.Fault = "post-orders-status";
            await Responses.WriteUnknownErrorAsync(http, postStatus, request.Aborted).ConfigureAwait(false);
            return;
        }

        if (request.Route.IsList && _faults.NextServerError(request.Faults) is { } error)
        {
            request.Fault = "error-rate";
            await Responses.WriteServerErrorAsync(http, error, request.Aborted).ConfigureAwait(false);
            return;
        }

        try
        {
            await DispatchAsync(request).ConfigureAwait(false);
        }
        catch (QueryException ex)
        {
            await Responses.WriteErrorAsync(http, 400, ex.Message, request.Aborted).ConfigureAwait(false);
        }
        catch (MutationException ex)
        {
            await Responses.WriteErrorAsync(http, ex.Status, ex.Message, request.Aborted).ConfigureAwait(false);
        }
    }

    private Task DispatchAsync(ApiRequest request) => request.Route.Endpoint switch
    {
        Endpoint.Order => WriteOrderAsync(request),
        Endpoint.Event => WriteEventAsync(request),
        Endpoint.OrderBaskets => ChangeBasketsAsync(request),
        Endpoint.ShowSeats => WriteSeatsAsync(request),
        Endpoint.ShowBarcodes => WriteBarcodesAsync(request),
        Endpoint.ShowBarcode => WriteBarcodeAsync(request),
        _ => WriteListAsync(request, _sources[request.Route.Endpoint]),
    };

    private Task WriteListAsync(ApiRequest request, IListSource source)
    {
        var page = request.Faults.IgnoreWhere
            ? QueryExecutor.PlainPage(source, QueryParser.ParsePageOnly(request.Body, request.Query))
            : _executor.Page(source, ParseQuery(request));
        return WriteCollectionAsync(request, w => ListJson.Write(w, source, page));
    }

    private Task WriteCollectionAsync(ApiRequest request, Action<Utf8JsonWriter> write)
    {
        var malformed = _faults.NextListIsMalformed(request.Faults);
        if (malformed)
        {
            request.Fault = "malformed";
        }

        return Responses.WriteJsonAsync(request.Http, 200, write, malformed, request.Aborted);
    }

    private static ListQuery ParseQuery(ApiRequest request) => request.BodyIsInvalid
        ? throw new QueryException("The request body is not valid JSON.")
        : QueryParser.Parse(request.Body, request.Query);

    private Task WriteOrderAsync(ApiRequest request)
    {
        var position = _data.Orders.IndexOf(ParseId(request.Route.Arguments[0]));
        return position < 0
            ? Responses.WriteErrorAsync(request.Http, 404, "Order not found", request.Aborted)
            : WriteDataAsync(request, w => OrderJsonWriter.Write(w, _generator.Generate(position)));
    }

    private Task WriteEventAsync(ApiRequest request)
    {
        var id = ParseId(request.Route.Arguments[0]);
        return id is > 0 and <= int.MaxValue && _data.EventById.TryGetValue((int)id, out var index)
            ? WriteDataAsync(request, w => EventJsonWriter.Write(w, _data.Events[index], _data.Shows))
            : Responses.WriteErrorAsync(request.Http, 404, "Event not found", request.Aborted);
    }

    private Task ChangeBasketsAsync(ApiRequest request)
    {
        var position = _data.Orders.IndexOf(ParseId(request.Route.Arguments[0]));
        if (position < 0)
        {
            return Responses.WriteErrorAsync(request.Http, 404, "Order not found", request.Aborted);
        }

        var change = BasketRequest.Parse(request.Body);
        var order = _mutations.Apply(position, change);
        // Queued before the answer is written, never awaited: a slow receiver must not delay the API.
        _feed.Publish(order, EventOf(change, order));
        return WriteDataAsync(request, w => OrderJsonWriter.Write(w, order));
    }

    /// <summary>A refund is <c>refunded</c>; cancelling the last tickets deletes the order (<c>deleted</c>), cancelling some only changes it (<c>updated</c>).</summary>
    private static string EventOf(BasketRequest change, OrderDetails order) =>
        change.Refund ? WebhookEventTypes.Refunded : order.DeletedAt != 0 ? WebhookEventTypes.Deleted : WebhookEventTypes.Updated;

    private ShowModel? FindShow(string text)
    {
        var id = ParseId(text);
        return id is > 0 and <= int.MaxValue && _data.ShowById.TryGetValue((int)id, out var index) ? _data.Shows[index] : null;
    }

    private static Task WriteDataAsync(ApiRequest request, Action<Utf8JsonWriter> writeRecord) =>
        Responses.WriteJsonAsync(
            request.Http,
            200,
            w =>
            {
                w.WriteStartObject();
                w.WritePropertyName("data");
                writeRecord(w);
                w.WriteEndObject();
            },
            truncate: false,
            request.Aborted);

    private static long ParseId(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1;
}
