using System.Globalization;
using System.Text.Json;

namespace Qtickets.Simulator.Tests.Support;

public static class Iso
{
    public static string Format(DateTimeOffset instant) =>
        instant.ToOffset(TimeSpan.FromHours(3)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static DateTimeOffset? Read(JsonElement value) => value.ValueKind == JsonValueKind.Null
        ? null
        : DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture);
}
