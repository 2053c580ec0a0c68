using System.Globalization;
using System.Text;
using System.Text.Json;
using Qtickets.Api.Models;

namespace Qtickets.Api.Parsing;

/// <summary>What makes a record of a listing usable: the id its rows are keyed by.</summary>
internal static class RecordCheck
{
    /// <summary>The record with its id, or left out, named by its id as written, when it has no positive whole id.</summary>
    public static ParseResult<T> ById<T>(T record, long id, ReadOnlySpan<byte> json)
        where T : class =>
        id > 0 ? ParseResult<T>.Ok(record, Text(id)) : ParseResult<T>.Skip("missing or non-numeric id", IdAsWritten(json));

    /// <summary>An event is left out when one of its shows has no id: its inventory could not be told apart.</summary>
    public static ParseResult<Event> Event(Event record, ReadOnlySpan<byte> json) =>
        record.Id > 0 && record.Shows.Any(show => show.Id <= 0)
            ? ParseResult<Event>.Skip("a show has no readable id", Text(record.Id))
            : ById(record, record.Id, json);

    /// <summary>A record's own JSON, kept as received.</summary>
    public static string Json(ReadOnlySpan<byte> json) => Encoding.UTF8.GetString(json);

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The <c>id</c> member of a record's JSON as written (a long text cut short), when it is a string or a number.</summary>
    private static string? IdAsWritten(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || !ApiTokens.MoveToMember(ref reader, "id"u8))
        {
            return null;
        }

        return reader.TokenType switch
        {
            JsonTokenType.String => ApiTokens.Text(ref reader),
            JsonTokenType.Number => ApiTokens.Describe(ref reader),
            _ => null,
        };
    }
}
