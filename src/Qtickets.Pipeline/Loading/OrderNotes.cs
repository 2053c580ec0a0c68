using System.Globalization;
using Qtickets.Api.Models;
using Qtickets.Pipeline.Transform;

namespace Qtickets.Pipeline.Loading;

/// <summary>
/// What the orders of a run (or of a listener's period) did beyond their rows: orders not written and why, orders in
/// another currency (kept out of the daily facts), order-level refunds no basket shows, text cut to its limit.
/// Each becomes one warning line naming the first few orders. Used by one loop at a time.
/// </summary>
public sealed class OrderNotes
{
    private const int NamedIds = 5;
    private readonly Dictionary<string, long> _skipped = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, long> _currencies = new(StringComparer.Ordinal);
    private readonly NamedOrders _refundsOnly = new();
    private readonly NamedOrders _textCut = new();

    public long Written { get; private set; }

    public IReadOnlyDictionary<string, long> Skipped => _skipped;

    public void Note(Order order, OrderTransformResult result)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Value is not { } row)
        {
            _skipped[result.SkipReason ?? "skipped"] = _skipped.GetValueOrDefault(result.SkipReason ?? "skipped") + 1;
            return;
        }

        Written++;
        if (!SaleCurrency.CountsInDailyFacts(row.Currency))
        {
            _currencies[row.Currency] = _currencies.GetValueOrDefault(row.Currency) + 1;
        }

        if (order.RefundEntries > 0 && !order.Baskets.Any(b => b.IsRefunded))
        {
            _refundsOnly.Add(order.Id);
        }

        if (result.TextCut)
        {
            _textCut.Add(order.Id);
        }
    }

    public IReadOnlyList<string> Warnings()
    {
        var warnings = new List<string>();
        if (_currencies.Count > 0)
        {
            var list = string.Join(", ", _currencies.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value}")));
            warnings.Add($"orders in other currencies than {OrderTransformer.DefaultCurrency} are kept in staging but not in the daily facts ({list})");
        }

        if (_refundsOnly.Count > 0)
        {
            warnings.Add($"{_refundsOnly} have order-level refunds while no basket is marked refunded; they count as sold (the refunds' shape is undocumented, no amount is guessed)");
        }

        if (_textCut.Count > 0)
        {
            warnings.Add($"{_textCut} had text longer than stored text may be (UTM {TextLimits.Utm}, other {TextLimits.Text} characters); it was cut");
        }

        return warnings;
    }

    /// <summary>A count of orders and the first few ids.</summary>
    private sealed class NamedOrders
    {
        private readonly List<long> _first = [];

        public long Count { get; private set; }

        public void Add(long id)
        {
            Count++;
            if (_first.Count < NamedIds)
            {
                _first.Add(id);
            }
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{Count} order(s) ({string.Join(", ", _first)}{(Count > _first.Count ? ", ..." : string.Empty)})");
    }
}
