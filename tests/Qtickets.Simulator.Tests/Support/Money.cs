using System.Globalization;
using System.Text.Json;

namespace Qtickets.Simulator.Tests.Support;

/// <summary>Reads money the tolerant way a client must: numbers, or strings like "1500.00".</summary>
public static class Money
{
    public static decimal Read(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? decimal.Parse(value.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture)
        : value.GetDecimal();
}
