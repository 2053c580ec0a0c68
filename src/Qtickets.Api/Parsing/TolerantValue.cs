using System.Globalization;
using System.Text.Json;

namespace Qtickets.Api.Parsing;

/// <summary>
/// Reads JSON values the way PHP writes them: numbers as numbers or strings (<c>"12"</c>, <c>"1500.00"</c>),
/// booleans as <c>true</c>, <c>1</c>, <c>"1"</c>; anything unreadable is null rather than an exception.
/// Invariant culture throughout.
/// </summary>
internal static class TolerantValue
{
    public static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    public static long? Int64(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var number) => number,
        JsonValueKind.Number or JsonValueKind.String => Decimal(value) is { } d && d == decimal.Truncate(d) && d is >= long.MinValue and <= long.MaxValue ? (long)d : null,
        _ => null,
    };

    public static int? Int32(JsonElement value) =>
        Int64(value) is { } number && number is >= int.MinValue and <= int.MaxValue ? (int)number : null;

    public static decimal? Decimal(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetDecimal(out var number) => number,
        JsonValueKind.String => ParseDecimal(value.GetString()),
        _ => null,
    };

    public static bool? Boolean(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => Decimal(value) is { } number ? number != 0 : null,
        JsonValueKind.String => ParseBoolean(value.GetString()),
        _ => null,
    };

    public static DateTimeOffset? Date(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => TolerantDate.Parse(value.GetString()),
        JsonValueKind.Number when value.TryGetInt64(out var seconds) => TolerantDate.FromUnixSeconds(seconds),
        _ => null,
    };

    private static decimal? ParseDecimal(string? text) =>
        decimal.TryParse(text?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static bool? ParseBoolean(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "1" or "TRUE" or "YES" or "Y" or "ON" => true,
        "0" or "FALSE" or "NO" or "N" or "OFF" => false,
        _ => ParseDecimal(text) is { } number ? number != 0 : null,
    };
}
