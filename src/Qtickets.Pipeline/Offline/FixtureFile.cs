using System.Text.Json;
using System.Text.Json.Nodes;
using Qtickets.Configuration;

namespace Qtickets.Pipeline.Offline;

/// <summary>
/// Reads an API-shaped fixture file: a list answer <c>{"data": [...], "paging": {...}}</c> or a bare array.
/// A missing or malformed file is a configuration error (exit 2), found before anything is written.
/// </summary>
public static class FixtureFile
{
    public static IReadOnlyList<JsonNode> ReadRecords(string path)
    {
        if (!File.Exists(path))
        {
            throw new ConfigurationException($"offline fixture {path} does not exist");
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException ex)
        {
            throw new ConfigurationException($"offline fixture {path} is not valid JSON: {ex.Message}");
        }

        var records = root switch
        {
            JsonArray array => array,
            JsonObject obj when obj["data"] is JsonArray data => data,
            _ => throw new ConfigurationException($"offline fixture {path} must be a JSON array or an object with a \"data\" array"),
        };
        // Every record must be an object: a list of numbers or strings used to escape as a crash (exit 1).
        return records.Select((r, i) => r as JsonObject
                ?? throw new ConfigurationException($"offline fixture {path}: record {i + 1} is not a JSON object"))
            .OrderBy(Id)
            .ToList<JsonNode>();
    }

    /// <summary>The numeric id to sort by; a record without one sorts first and is judged by the client's parser.</summary>
    private static long Id(JsonObject record) =>
        record["id"] is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<long>(out var id) ? id : 0;
}
