using System.Globalization;
using Qtickets.Api.Models;
using Qtickets.Api.Parsing;
using Qtickets.Api.Query;

namespace Qtickets.Api.Orders;

/// <summary>The predicate of an <see cref="OrderQuery"/>: as JSON <c>where</c> clauses for the server, and locally.</summary>
internal sealed class OrderFilter(OrderQuery query)
{
    public bool Matches(Order order) => Mismatch(order) is null;

    /// <summary>Why an order is outside the query, or null when it matches.</summary>
    public string? Mismatch(Order order)
    {
        // An order with a payment time was paid, even if a later cancellation reset its flag: it must stay in,
        // or its earlier positive row would never be replaced by the zeroes of the cancellation.
        if (query.PaidOnly && !order.Payed && order.PayedAt is null)
        {
            return "payed = 0";
        }

        if (!query.HasWindow)
        {
            return null;
        }

        return order.UpdatedAt switch
        {
            null => "no updated_at",
            { } updated when updated < query.From => $"updated_at {MoscowTime.Format(updated)} before {MoscowTime.Format(query.From!.Value)}",
            { } updated when query.To is { } to && updated >= to => $"updated_at {MoscowTime.Format(updated)} not before {MoscowTime.Format(to)}",
            _ => null,
        };
    }

    public IReadOnlyList<WhereClause> Where()
    {
        var where = new List<WhereClause>();
        if (query.PaidOnly)
        {
            where.Add(new WhereClause("payed", null, 1));
        }

        if (query.HasWindow)
        {
            where.Add(new WhereClause("updated_at", ">=", MoscowTime.Format(query.From!.Value)));
            if (query.To is { } to)
            {
                where.Add(new WhereClause("updated_at", "<", MoscowTime.Format(to)));
            }
        }

        return where;
    }

    public string DescribeFirstMismatch(IEnumerable<Order> orders) =>
        orders.Select(order => (order.Id, Reason: Mismatch(order))).FirstOrDefault(item => item.Reason is not null) is { Reason: { } reason } first
            ? string.Create(CultureInfo.InvariantCulture, $"order {first.Id}: {reason}")
            : string.Empty;
}
