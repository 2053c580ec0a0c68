using System.Globalization;
using System.Text.Json;

namespace Qtickets.Simulator.Data;

/// <summary>
/// The body of <c>DELETE /orders/{id}/baskets</c>: <c>{"refund": {"amount": A, "baskets": {"&lt;id&gt;": []}}}</c>
/// (or <c>deduction_amount</c> instead of amount) or <c>{"delete": {"baskets": {...}}}</c>.
/// </summary>
internal sealed record BasketRequest(bool Refund, IReadOnlyList<long> BasketIds, int? Amount, int? DeductionAmount)
{
    public static BasketRequest Parse(JsonElement? body)
    {
        if (body is not { ValueKind: JsonValueKind.Object } root)
        {
            throw new MutationException(400, "The body must be {\"refund\": {...}} or {\"delete\": {...}}.");
        }

        var refund = root.TryGetProperty("refund", out var action);
        if (!refund && !root.TryGetProperty("delete", out action))
        {
            throw new MutationException(400, "The body must name \"refund\" or \"delete\".");
        }

        if (action.ValueKind != JsonValueKind.Object || !action.TryGetProperty("baskets", out var baskets))
        {
            throw new MutationException(400, "The action must list \"baskets\".");
        }

        var ids = ParseIds(baskets);
        return new BasketRequest(refund, ids, Money(action, "amount"), Money(action, "deduction_amount"));
    }

    private static List<long> ParseIds(JsonElement baskets)
    {
        var texts = baskets.ValueKind switch
        {
            JsonValueKind.Object => baskets.EnumerateObject().Select(p => p.Name).ToList(),
            JsonValueKind.Array => baskets.EnumerateArray().Select(v => v.ToString()).ToList(),
            _ => throw new MutationException(400, "baskets must be an object keyed by basket id."),
        };
        var ids = new List<long>();
        foreach (var text in texts)
        {
            ids.Add(long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
                ? id
                : throw new MutationException(400, $"'{text}' is not a basket id."));
        }

        return ids.Count > 0 ? ids : throw new MutationException(400, "baskets is empty.");
    }

    private static int? Money(JsonElement action, string name)
    {
        if (!action.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number)
            || value.ValueKind == JsonValueKind.String
            && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number))
        {
            return number >= 0 ? (int)Math.Round(number) : throw new MutationException(400, $"{name} must not be negative.");
        }

        throw new MutationException(400, $"{name} must be a number.");
    }
}
