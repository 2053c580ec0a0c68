using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Qtickets.Api.Query;

/// <summary>
/// The documented query object, <c>{"where": [...], "orderBy": {"id": "asc"}, "page": P, "per_page": N}</c>, written by
/// its source-generated metadata (<see cref="QueryJsonContext"/>); a member without a value is left out.
/// </summary>
internal sealed record QueryJson(
    IReadOnlyList<WhereClause> Where,
    [property: JsonPropertyName("orderBy")] IReadOnlyDictionary<string, string>? OrderBy,
    int Page,
    int PerPage)
{
    /// <summary>The sort of the filtered order pages: ascending ids, which the answer check relies on.</summary>
    public static readonly IReadOnlyDictionary<string, string> ById = new Dictionary<string, string> { ["id"] = "asc" };

    // The body goes to an API, never into HTML: write '>', '<' and '+' literally, as the documentation shows them.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Write()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(writer, this, QueryJsonContext.Default.QueryJson);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
