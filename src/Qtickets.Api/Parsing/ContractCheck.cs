using System.Globalization;

namespace Qtickets.Api.Parsing;

/// <summary>
/// Judges the values of one record against the data contract and keeps the first problem. Each method returns the
/// value to use (null when there is none or it is invalid), so a record is mapped in one pass and rejected after.
/// </summary>
internal sealed class ContractCheck(DateTimeOffset latest)
{
    /// <summary>No QTickets timestamp is older than this; an older one is an error, not history.</summary>
    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public const int MaxQuantity = 10_000;

    /// <summary>
    /// The nested record (a basket) being checked: its id, else its position; the detail of a problem starts with it
    /// (<c>basket 120: </c>). Formatted only when there is a problem: checking is the hot path of every order.
    /// </summary>
    public (long? Id, int Index)? Basket { get; set; }

    /// <summary>The kind of the first problem, shared by every record that has it; null while the record is fine.</summary>
    public string? Reason { get; private set; }

    /// <summary>The first problem's member and value, e.g. <c>basket 120: price "abc"</c>.</summary>
    public string? Detail { get; private set; }

    public bool Failed => Reason is not null;

    public void Fail(string reason, string detail)
    {
        if (Reason is null)
        {
            (Reason, Detail) = (reason, Prefix() + detail);
        }
    }

    /// <summary>A finite, non-negative amount; null when absent.</summary>
    public decimal? Money(string member, ApiValue<decimal> value)
    {
        if (value.IsOk && value.Value >= 0m)
        {
            return value.Value;
        }

        if (!value.HasNoValue)
        {
            Fail($"{member} is not a finite non-negative number", $"{member} {value.Describe()}");
        }

        return null;
    }

    /// <summary>A whole number of tickets in 1..<see cref="MaxQuantity"/>; 1 when absent.</summary>
    public int Quantity(ApiValue<decimal> value)
    {
        if (value.HasNoValue)
        {
            return 1;
        }

        if (value.IsOk && value.Value == decimal.Truncate(value.Value) && value.Value is >= 1m and <= MaxQuantity)
        {
            return (int)value.Value;
        }

        Fail($"quantity is not a whole number in 1..{MaxQuantity.ToString(CultureInfo.InvariantCulture)}", $"quantity {value.Describe()}");
        return 1;
    }

    /// <summary>A positive whole number (an id); null when absent.</summary>
    public long? Id(string member, ApiValue<decimal> value)
    {
        if (AsId(value) is { } id)
        {
            return id;
        }

        if (!value.HasNoValue)
        {
            Fail($"{member} is not a whole number", $"{member} {value.Describe()}");
        }

        return null;
    }

    public bool? Flag(string member, ApiValue<bool> value)
    {
        if (value.State == ApiValueState.Invalid)
        {
            Fail($"{member} is not a boolean", $"{member} {value.Describe()}");
        }

        return value.OrNull;
    }

    /// <summary>An instant between <see cref="Earliest"/> and the latest the contract allows; null when absent.</summary>
    public DateTimeOffset? Time(string member, ApiValue<DateTimeOffset> value)
    {
        if (value.State == ApiValueState.Invalid)
        {
            Fail($"{member} is not ISO 8601 with an offset", $"{member} {value.Describe()}");
            return null;
        }

        if (value.IsOk && (value.Value < Earliest || value.Value > latest))
        {
            Fail($"{member} lies outside 2000-01-01 .. now + 1 day", $"{member} {value.Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}");
            return null;
        }

        return value.OrNull;
    }

    private string Prefix() => Basket switch
    {
        { Id: { } id } => string.Create(CultureInfo.InvariantCulture, $"basket {id}: "),
        { Index: var index } => string.Create(CultureInfo.InvariantCulture, $"basket #{index + 1}: "),
        null => string.Empty,
    };

    /// <summary>A positive whole number that fits a <see cref="long"/>, or null.</summary>
    public static long? AsId(ApiValue<decimal> value) =>
        value.IsOk && value.Value == decimal.Truncate(value.Value) && value.Value is > 0m and <= long.MaxValue ? (long)value.Value : null;
}
