using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Qtickets.ClickHouse;
using Qtickets.Simulator;

namespace Qtickets.Faults.Tests.Support;

/// <summary>Changes an order through the simulator's REST API, as a box office would after the sale.</summary>
internal static class ApiChanges
{
    /// <summary>Refunds one active ticket of the latest loaded sale with tickets; returns the order id.</summary>
    public static async Task<string> RefundOneTicketAsync(SimulatorServer simulator, IClickHouseClient admin)
    {
        var orderId = await LatestSaleAsync(admin);
        await RefundOneTicketAsync(simulator, orderId);
        return orderId;
    }

    /// <summary>The latest loaded sale with tickets (read from staging).</summary>
    public static async Task<string> LatestSaleAsync(IClickHouseClient admin) =>
        await admin.QueryScalarAsync<string>(
            "SELECT order_id FROM stg_qtickets_api_orders_raw FINAL WHERE tickets_sold >= 1 AND is_cancelled = 0 ORDER BY sale_ts DESC LIMIT 1",
            CancellationToken.None) ?? throw new InvalidOperationException("no loaded sale to refund");

    /// <summary>The order exactly as the API returns it in <c>data</c>: the body of its webhook.</summary>
    public static async Task<byte[]> OrderJsonAsync(SimulatorServer simulator, string orderId)
    {
        using var http = Http(simulator);
        using var order = JsonDocument.Parse(await http.GetStringAsync($"orders/{orderId}"));
        return Encoding.UTF8.GetBytes(order.RootElement.GetProperty("data").GetRawText());
    }

    /// <summary>Refunds one active ticket of the order through <c>DELETE /orders/{id}/baskets</c>.</summary>
    public static async Task RefundOneTicketAsync(SimulatorServer simulator, string orderId)
    {
        using var http = Http(simulator);
        using var order = JsonDocument.Parse(await http.GetStringAsync($"orders/{orderId}"));
        var basket = order.RootElement.GetProperty("data").GetProperty("baskets").EnumerateArray().First(IsActive);
        var body = new JsonObject
        {
            ["refund"] = new JsonObject
            {
                ["amount"] = Money(basket.GetProperty("price")),
                ["baskets"] = new JsonObject { [basket.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture)] = new JsonArray() },
            },
        };
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"orders/{orderId}/baskets")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    private static bool IsActive(JsonElement basket) =>
        basket.GetProperty("deleted_at").ValueKind == JsonValueKind.Null
        && (!basket.TryGetProperty("refunded_at", out var refunded) || refunded.ValueKind == JsonValueKind.Null);

    private static decimal Money(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? decimal.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetDecimal();

    private static HttpClient Http(SimulatorServer simulator)
    {
        var http = new HttpClient { BaseAddress = simulator.RestBaseUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", simulator.Token);
        return http;
    }
}
