using System.Globalization;
using Qtickets.Api.Models;
using Qtickets.Api.Query;
using Qtickets.Api.Time;

namespace Qtickets.Api.Orders;

/// <summary>
/// Which orders a run wants. <see cref="From"/>/<see cref="To"/> bound <c>updated_at</c> (<c>From &lt;= updated_at &lt; To</c>);
/// a null <see cref="From"/>, or <see cref="FullScan"/>, reads every order. The same predicate (<see cref="Matches"/>)
/// is re-applied locally to every record whatever the server did with the filter.
/// </summary>
public sealed record OrderQuery
{
    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    /// <summary>Only orders with <c>payed = 1</c>.</summary>
    public bool PaidOnly { get; init; } = true;

    /// <summary>Read every order (a reconciliation scan), ignoring the window.</summary>
    public bool FullScan { get; init; }

    /// <summary>
    /// The longest time an order stays reserved before it is paid. An order updated inside the window was created
    /// after <c>From - MaxReservation</c>, which is where the backward walk over plain pages may stop.
    /// </summary>
    public TimeSpan MaxReservation { get; init; } = TimeSpan.FromHours(1);

    /// <summary>True when the query reads a window of <c>updated_at</c> rather than everything.</summary>
    public bool HasWindow => !FullScan && From is not null;

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (From is { } from && To is { } to && to <= from)
        {
            errors.Add($"{nameof(To)} ({to:O}) must be after {nameof(From)} ({from:O}).");
        }

        if (MaxReservation < TimeSpan.Zero)
        {
            errors.Add($"{nameof(MaxReservation)} must not be negative (got {MaxReservation}).");
        }

        return errors;
    }

    internal bool Matches(Order order) => Mismatch(order) is null;

    /// <summary>Why an order is outside the query, or null when it matches.</summary>
    internal string? Mismatch(Order order)
    {
        // An order with a payment time was paid, even if a later cancellation reset its flag: it must stay in,
        // or its earlier positive row would never be replaced by the zeroes of the cancellation.
        if (PaidOnly && !order.Payed && order.PayedAt is null)
        {
            return "payed = 0";
        }

        if (!HasWindow)
        {
            return null;
        }

        return order.UpdatedAt switch
        {
            null => "no updated_at",
            { } updated when updated < From => $"updated_at {MoscowTime.FormatWithOffset(updated)} before {MoscowTime.FormatWithOffset(From!.Value)}",
            { } updated when To is { } to && updated >= to => $"updated_at {MoscowTime.FormatWithOffset(updated)} not before {MoscowTime.FormatWithOffset(to)}",
            _ => null,
        };
    }

    /// <summary>The same predicate as <c>where</c> clauses for the server, which may ignore them.</summary>
    internal IReadOnlyList<WhereClause> Where()
    {
        var where = new List<WhereClause>();
        if (PaidOnly)
        {
            where.Add(new WhereClause("payed", null, 1));
        }

        if (HasWindow)
        {
            where.Add(new WhereClause("updated_at", ">=", MoscowTime.FormatWithOffset(From!.Value)));
            if (To is { } to)
            {
                where.Add(new WhereClause("updated_at", "<", MoscowTime.FormatWithOffset(to)));
            }
        }

        return where;
    }

    internal string DescribeFirstMismatch(IEnumerable<Order> orders) =>
        orders.Select(order => (order.Id, Reason: Mismatch(order))).FirstOrDefault(item => item.Reason is not null) is { Reason: { } reason } first
            ? string.Create(CultureInfo.InvariantCulture, $"order {first.Id}: {reason}")
            : string.Empty;
}
