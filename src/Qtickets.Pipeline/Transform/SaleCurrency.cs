using Qtickets.Api.Models;

namespace Qtickets.Pipeline.Transform;

/// <summary>
/// The currency rule of docs/data-contract.md, in one place for the transform, the daily facts and verify's
/// independent count: an order's row carries its <c>currency_id</c> as the contract read it (upper case), roubles when
/// absent; staging keeps every currency, the daily facts sum roubles only (no figure adds two currencies).
/// </summary>
public static class SaleCurrency
{
    public const string Roubles = "RUB";

    /// <summary>The currencies the daily facts sum: roubles, and <c>''</c> in staging rows of an earlier release.</summary>
    public static IReadOnlyList<string> InDailyFacts { get; } = [Roubles, string.Empty];

    /// <summary>The currency of an order's staging row.</summary>
    public static string Of(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.CurrencyId ?? Roubles;
    }

    /// <summary>Whether the daily facts sum a row in <paramref name="currency"/>.</summary>
    public static bool CountsInDailyFacts(string currency) => InDailyFacts.Contains(currency, StringComparer.Ordinal);
}
