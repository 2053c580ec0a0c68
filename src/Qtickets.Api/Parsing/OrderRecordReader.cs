using System.Globalization;
using System.Text.Json;
using Qtickets.Api.Models;

namespace Qtickets.Api.Parsing;

/// <summary>
/// Reads one order record under a <see cref="Utf8JsonReader"/>, with exactly the rules of <see cref="OrderParser"/>
/// (the same tolerant values, a later duplicate member replacing an earlier one, the same skip reasons) but in one
/// pass and without a document. Shapes it leaves to <see cref="OrderParser"/> throw <see cref="UnsupportedShapeException"/>.
/// </summary>
internal static class OrderRecordReader
{
    /// <summary>Reads the record whose <c>StartObject</c> the reader stands on and leaves it on the record's <c>EndObject</c>.</summary>
    /// <returns>The order or why it is skipped, and the record's id as text (what the page guards compare).</returns>
    public static (ParseResult<Order> Result, string? IdText) Read(ref Utf8JsonReader reader)
    {
        var order = new OrderValues();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = OrderFields.Of(ref reader);
            reader.Read();
            order.Set(field, ref reader);
        }

        if (order.Id is not { } id)
        {
            return (ParseResult<Order>.Skip("missing or non-numeric id", order.IdText), order.IdText);
        }

        return order.BasketError is { } error
            ? (ParseResult<Order>.Skip(error, id.ToString(CultureInfo.InvariantCulture)), order.IdText)
            : (ParseResult<Order>.Ok(order.ToOrder(id)), order.IdText);
    }
}
