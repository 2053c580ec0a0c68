using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Qtickets.TestUtilities.Truth;

/// <summary>
/// The expected sales, computed by the test itself from the raw API answers of a QTickets REST server (the
/// simulator, over loopback: plain JSON, not the loader's client or transform): sales (paid orders not cancelled),
/// baskets neither deleted nor refunded, city of the order's event, Moscow day of payment.
/// </summary>
public sealed record ApiTruth(IReadOnlyDictionary<(DateOnly Day, string City), (long Tickets, decimal Revenue, long Orders)> ByDayAndCity)
{
    private static readonly TimeZoneInfo Moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");

    public long Tickets => ByDayAndCity.Values.Sum(v => v.Tickets);

    public decimal Revenue => ByDayAndCity.Values.Sum(v => v.Revenue);

    /// <summary>
    /// Paid orders not cancelled: the rows staging holds after loading a tenant whose orders did not change since
    /// (a cancelled order is stored, as zeroes, only when it had been stored as a sale before).
    /// </summary>
    public long Sales { get; init; }

    /// <summary>Day and city keys whose sales are not all zero (a day of cancelled orders only leaves no fact).</summary>
    public IReadOnlyDictionary<(DateOnly Day, string City), (long Tickets, decimal Revenue, long Orders)> NonZero =>
        ByDayAndCity.Where(p => p.Value != (0, 0m, 0)).ToDictionary(p => p.Key, p => p.Value);

    /// <param name="restBaseUri">The REST base, e.g. the simulator's <c>RestBaseUri</c>.</param>
    /// <param name="token">The bearer token.</param>
    public static async Task<ApiTruth> ReadAsync(Uri restBaseUri, string token)
    {
        using var http = new HttpClient { BaseAddress = restBaseUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var cities = new Dictionary<long, string>();
        foreach (var ev in await ReadAllAsync(http, "events"))
        {
            cities[ev.GetProperty("id").GetInt64()] = ev.GetProperty("city").GetProperty("name").GetString()!.ToLowerInvariant();
        }

        var totals = new Dictionary<(DateOnly, string), (long, decimal, long)>();
        long sales = 0;
        foreach (var order in await ReadAllAsync(http, "orders"))
        {
            if (!IsTrue(order.GetProperty("payed")) || order.GetProperty("deleted_at").ValueKind != JsonValueKind.Null)
            {
                continue;
            }

            sales++;
            var key = (Day(order.GetProperty("payed_at").GetString()!), CityOf(order, cities));
            var (tickets, revenue) = Active(order);
            var current = totals.GetValueOrDefault(key);
            totals[key] = (current.Item1 + tickets, current.Item2 + revenue, current.Item3 + (tickets > 0 ? 1 : 0));
        }

        return new ApiTruth(totals) { Sales = sales };
    }

    private static string CityOf(JsonElement order, Dictionary<long, string> cities) =>
        cities.GetValueOrDefault(Number(order.GetProperty("event_id")), string.Empty);

    private static (long Tickets, decimal Revenue) Active(JsonElement order)
    {
        if (order.GetProperty("deleted_at").ValueKind != JsonValueKind.Null)
        {
            return (0, 0m);
        }

        long tickets = 0;
        decimal revenue = 0m;
        foreach (var basket in order.GetProperty("baskets").EnumerateArray())
        {
            var refunded = basket.TryGetProperty("refunded_at", out var r) && r.ValueKind != JsonValueKind.Null;
            var deleted = basket.TryGetProperty("deleted_at", out var d) && d.ValueKind != JsonValueKind.Null;
            if (!refunded && !deleted)
            {
                tickets++;
                revenue += Money(basket.GetProperty("price"));
            }
        }

        return (tickets, revenue);
    }

    private static async Task<List<JsonElement>> ReadAllAsync(HttpClient http, string endpoint)
    {
        var all = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            using var document = JsonDocument.Parse(await http.GetStringAsync($"{endpoint}?page={page}&per_page=500"));
            var data = document.RootElement.GetProperty("data");
            all.AddRange(data.EnumerateArray().Select(e => e.Clone()));
            var paging = document.RootElement.GetProperty("paging");
            var perPage = paging.GetProperty("perPage").GetInt32();
            var total = paging.GetProperty("total").GetInt64();
            if (data.GetArrayLength() == 0 || (long)page * perPage >= total)
            {
                return all;
            }
        }
    }

    private static DateOnly Day(string timestamp) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.Parse(timestamp, CultureInfo.InvariantCulture), Moscow).DateTime);

    private static bool IsTrue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.Number => value.GetInt32() != 0,
        JsonValueKind.String => value.GetString() is "1" or "true",
        _ => false,
    };

    private static long Number(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? long.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetInt64();

    private static decimal Money(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? decimal.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetDecimal();
}
