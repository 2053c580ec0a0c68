using System.Text.Json;

namespace Qtickets.Simulator.Http;

/// <summary>
/// Partners API parameters: GET and POST are equivalent, so a value may come from the query string,
/// the JSON body, or the body's <c>filter</c> object; a value may be one string or number, or an array.
/// </summary>
internal static class PartnerParameters
{
    public static IReadOnlyList<string> Values(ApiRequest request, string name)
    {
        var values = new List<string>();
        if (request.Body is { ValueKind: JsonValueKind.Object } body)
        {
            Collect(body, name, values);
            if (body.TryGetProperty("filter", out var filter) && filter.ValueKind == JsonValueKind.Object)
            {
                Collect(filter, name, values);
            }
        }

        foreach (var key in new[] { name, name + "[]" })
        {
            if (request.Query.TryGetValue(key, out var queryValues))
            {
                values.AddRange(queryValues.Where(v => !string.IsNullOrEmpty(v))!);
            }
        }

        return values;
    }

    private static void Collect(JsonElement container, string name, List<string> values)
    {
        if (!container.TryGetProperty(name, out var value))
        {
            return;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            values.AddRange(value.EnumerateArray().Select(Text).OfType<string>());
        }
        else if (Text(value) is { } text)
        {
            values.Add(text);
        }
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };
}
