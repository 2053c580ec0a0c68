namespace Qtickets.Api.Orders;

/// <summary>
/// Which orders a run wants. <see cref="From"/>/<see cref="To"/> bound <c>updated_at</c> (<c>From &lt;= updated_at &lt; To</c>);
/// a null <see cref="From"/>, or <see cref="FullScan"/>, reads every order. The same predicate is re-applied locally
/// to every record whatever the server did with the filter.
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
}
