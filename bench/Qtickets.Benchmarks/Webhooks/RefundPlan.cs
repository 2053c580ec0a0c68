using System.Globalization;
using System.Text.Json;
using Qtickets.ClickHouse;

namespace Qtickets.Benchmarks.Webhooks;

/// <summary>
/// Chooses the refunds of a run after the first load: one sale per key (day, event, city) of the daily facts, so each
/// refund's arrival in the facts can be seen on its own key, and one active basket of each (read from the API).
/// </summary>
internal static class RefundPlan
{
    private const string Candidates = """
        SELECT any(order_id) AS order_id, toString(toDate(sale_ts)) AS day, event_id, city
        FROM stg_qtickets_api_orders_raw FINAL
        WHERE tickets_sold >= 1 AND currency IN ('RUB', '')
        GROUP BY day, event_id, city
        ORDER BY cityHash64(day, event_id, city)
        LIMIT {0}
        """;

    public static async Task<IReadOnlyList<PlannedRefund>> MakeAsync(IClickHouseClient admin, HttpClient api, int count, CancellationToken cancellationToken)
    {
        var candidates = await admin.QueryAsync<Candidate>(string.Format(CultureInfo.InvariantCulture, Candidates, count), cancellationToken).ConfigureAwait(false);
        if (candidates.Count < count)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"the tenant has sales on {candidates.Count} keys (day, event, city), fewer than the {count} refunds of the run: give more --orders or fewer --webhook-seconds"));
        }

        var before = await FactsProbe.TicketsAsync(admin, candidates.Select(c => c.Day), cancellationToken).ConfigureAwait(false);
        var plan = new List<PlannedRefund>(count);
        foreach (var candidate in candidates)
        {
            var (basketId, price) = await ActiveBasketAsync(api, candidate.OrderId, cancellationToken).ConfigureAwait(false);
            plan.Add(new PlannedRefund(candidate.OrderId, basketId, price, candidate.Day, candidate.EventId, candidate.City,
                before.GetValueOrDefault((candidate.Day, candidate.EventId, candidate.City))));
        }

        return plan;
    }

    private static async Task<(long BasketId, decimal Price)> ActiveBasketAsync(HttpClient api, string orderId, CancellationToken cancellationToken)
    {
        using var order = JsonDocument.Parse(await api.GetStringAsync(new Uri($"orders/{orderId}", UriKind.Relative), cancellationToken).ConfigureAwait(false));
        var basket = order.RootElement.GetProperty("data").GetProperty("baskets").EnumerateArray().First(IsActive);
        var price = basket.GetProperty("price");
        return (basket.GetProperty("id").GetInt64(),
            price.ValueKind == JsonValueKind.String ? decimal.Parse(price.GetString()!, CultureInfo.InvariantCulture) : price.GetDecimal());
    }

    private static bool IsActive(JsonElement basket) =>
        basket.GetProperty("deleted_at").ValueKind == JsonValueKind.Null
        && (!basket.TryGetProperty("refunded_at", out var refunded) || refunded.ValueKind == JsonValueKind.Null);

    private sealed record Candidate(string OrderId, string Day, string EventId, string City);
}
