using Qtickets.Simulator.Data;
using Qtickets.Simulator.Json;
using Qtickets.Simulator.Query;
using Qtickets.Simulator.Sources;

namespace Qtickets.Simulator.Http;

/// <summary>Per-show endpoints: seats (flat or by zone, with select and where), barcodes, one barcode.</summary>
internal sealed partial class RestApi
{
    private Task WriteSeatsAsync(ApiRequest request)
    {
        if (FindShow(request.Route.Arguments[0]) is not { } show)
        {
            return Responses.WriteErrorAsync(request.Http, 404, "Show not found", request.Aborted);
        }

        var query = ParseQuery(request);
        var seats = SeatGenerator.Generate(_data, show);
        var columns = new SeatColumns(seats);
        var where = request.Faults.IgnoreWhere ? [] : query.Where;
        var predicates = where.Select(w => ConditionCompiler.Compile(columns, w)).ToArray();
        var selected = seats.Where((_, row) => predicates.All(p => p(row))).ToList();

        // As the real tenant: asked without select (or ignoring it), the zones with seats that carry no counts.
        if (request.Faults.IgnoreSelect || query.Select is null)
        {
            return WriteCollectionAsync(request, w => SeatJsonWriter.WriteWithoutSelect(w, selected));
        }

        return (query.Flat ?? show.FlatSeats)
            ? WriteCollectionAsync(request, w => SeatJsonWriter.WriteFlat(w, selected, query.Select))
            : WriteCollectionAsync(request, w => SeatJsonWriter.WriteHierarchy(w, selected, query.Select));
    }

    private Task WriteBarcodesAsync(ApiRequest request)
    {
        if (FindShow(request.Route.Arguments[0]) is not { } show)
        {
            return Responses.WriteErrorAsync(request.Http, 404, "Show not found", request.Aborted);
        }

        var select = (request.Faults.IgnoreWhere ? null : ParseQuery(request).Select) ?? BarcodeJsonWriter.AllColumns;
        var baskets = ValidBaskets(show.Index).ToList();
        return WriteCollectionAsync(request, w =>
        {
            w.WriteStartArray();
            foreach (var basket in baskets)
            {
                BarcodeJsonWriter.Write(w, basket, select);
            }

            w.WriteEndArray();
        });
    }

    /// <summary>The show's current barcodes: tickets of paid orders, neither deleted nor refunded.</summary>
    private IEnumerable<BasketModel> ValidBaskets(int showIndex)
    {
        var index = _data.Orders;
        for (var position = 0; position < index.Count; position++)
        {
            if (index.ShowIndex[position] != showIndex || !index.Flags[position].HasFlag(OrderFlags.Payed) || index.DeletedAt[position] != 0)
            {
                continue;
            }

            foreach (var basket in _generator.Generate(position).Baskets.Where(b => b.IsActive))
            {
                yield return basket;
            }
        }
    }

    private Task WriteBarcodeAsync(ApiRequest request)
    {
        var basket = FindShow(request.Route.Arguments[0]) is { } show ? _baskets.ByBarcode(request.Route.Arguments[1], show) : null;
        if (basket is null)
        {
            return Responses.WriteErrorAsync(request.Http, 404, "Barcode not found", request.Aborted);
        }

        return Responses.WriteJsonAsync(
            request.Http,
            200,
            w =>
            {
                w.WriteStartObject();
                w.WriteString("barcode", basket.Barcode);
                JsonFormat.WriteTime(w, "checked_at", basket.CheckedAt, TimeMath.Moscow);
                w.WriteEndObject();
            },
            truncate: false,
            request.Aborted);
    }
}
