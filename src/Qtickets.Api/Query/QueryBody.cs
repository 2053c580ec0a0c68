using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Qtickets.Api.Parsing;

namespace Qtickets.Api.Query;

/// <summary>
/// Writes the documented query object: <c>{"where": [...], "orderBy": {"id": "asc"}, "page": P, "per_page": N}</c>.
/// Datetimes are written in Moscow time with a colon offset (<c>2025-11-03T00:00:00+03:00</c>).
/// </summary>
internal static class QueryBody
{
    // The body goes to an API, never into HTML: write '>', '<' and '+' literally, as the documentation shows them.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IReadOnlyList<WhereClause> where, string? orderByColumn, int page, int perPage)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            WriteWhere(writer, where);
            if (orderByColumn is not null)
            {
                writer.WriteStartObject("orderBy");
                writer.WriteString(orderByColumn, "asc");
                writer.WriteEndObject();
            }

            writer.WriteNumber("page", page);
            writer.WriteNumber("per_page", perPage);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteWhere(Utf8JsonWriter writer, IReadOnlyList<WhereClause> where)
    {
        writer.WriteStartArray("where");
        foreach (var clause in where)
        {
            writer.WriteStartObject();
            writer.WriteString("column", clause.Column);
            if (clause.Operator is not null)
            {
                writer.WriteString("operator", clause.Operator);
            }

            WriteValue(writer, clause.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case int number:
                writer.WriteNumber("value", number);
                break;
            case long number:
                writer.WriteNumber("value", number);
                break;
            case DateTimeOffset moment:
                writer.WriteString("value", MoscowTime.Format(moment));
                break;
            default:
                writer.WriteString("value", Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
