using System.Globalization;
using Qtickets.Api.Models;
using Qtickets.Api.Parsing.Wire;

namespace Qtickets.Api.Parsing;

/// <summary>
/// The one reader of order answers: the list reader every dataset goes through (<see cref="RecordPage"/>: one pass
/// over the UTF-8 body, each record by its source-generated converter), with the <see cref="OrderContract"/> as the
/// judge of each record. Orders come only in the <c>{"data": [...], "paging": {...}}</c> envelope: a bare list is a
/// page of the wrong shape. An order id twice on one page keeps the copy with the later timestamps (the later one on
/// a tie), with a note.
/// </summary>
internal static class OrderPageReader
{
    public static ParsedPage<Order> Read(ReadOnlySpan<byte> body, int number, DateTimeOffset readAt)
    {
        var page = RecordPage.Read(body, number, OrderContract.Dataset, RecordJsonContext.Default.OrderJson, (record, _) => OrderContract.Check(record, readAt));
        return page.IsBareList
            ? new ParsedPage<Order>(number, [], [], [], PageInfo.None) { ShapeProblem = "the answer is not a JSON object", FetchedAt = readAt }
            : KeepLatestCopies(page) with { FetchedAt = readAt };
    }

    private static ParsedPage<Order> KeepLatestCopies(ParsedPage<Order> page)
    {
        var orders = new List<Order>(page.Items.Count);
        List<string>? notes = null;
        var highest = long.MinValue;
        foreach (var order in page.Items)
        {
            // Ids ascend on every page seen so far: only an id not above the highest one can be a second copy.
            var position = order.Id > highest ? -1 : orders.FindIndex(kept => kept.Id == order.Id);
            if (position < 0)
            {
                highest = Math.Max(highest, order.Id);
                orders.Add(order);
                continue;
            }

            if ((order.LastChangedAt ?? DateTimeOffset.MinValue) >= (orders[position].LastChangedAt ?? DateTimeOffset.MinValue))
            {
                orders[position] = order;
            }

            (notes ??= []).Add(string.Create(CultureInfo.InvariantCulture,
                $"order {order.Id} appears twice on page {page.Number}; the copy with the later timestamps is kept"));
        }

        return page with { Items = orders, Notes = notes ?? [] };
    }
}
