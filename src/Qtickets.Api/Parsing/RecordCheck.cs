using System.Globalization;
using System.Text;
using Qtickets.Api.Models;

namespace Qtickets.Api.Parsing;

/// <summary>What makes a record of a listing usable: the id its rows are keyed by.</summary>
internal static class RecordCheck
{
    /// <summary>The record with its id, or left out when it has no positive whole id.</summary>
    public static ParseResult<T> ById<T>(T record, long id)
        where T : class =>
        id > 0 ? ParseResult<T>.Ok(record, Text(id)) : ParseResult<T>.Skip("missing or non-numeric id");

    /// <summary>An event is left out when one of its shows has no id: its inventory could not be told apart.</summary>
    public static ParseResult<Event> Event(Event record) =>
        record.Id > 0 && record.Shows.Any(show => show.Id <= 0)
            ? ParseResult<Event>.Skip("a show has no readable id", Text(record.Id))
            : ById(record, record.Id);

    /// <summary>A record's own JSON, kept as received.</summary>
    public static string Json(ReadOnlySpan<byte> json) => Encoding.UTF8.GetString(json);

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);
}
