using System.Text.Json;
using Qtickets.Api.Parsing;
using Qtickets.Api.Parsing.Wire;

namespace Qtickets.Api.Orders;

/// <summary>
/// Reads one order JSON object (a webhook body) with exactly the converters and the data contract that order pages go
/// through: an order inside the contract, or the rejection with its reason.
/// </summary>
public static class OrderJsonReader
{
    /// <param name="json">The UTF-8 JSON of one order.</param>
    /// <param name="readAt">When it was received: timestamps more than a day after it are rejected.</param>
    public static OrderReadResult Read(ReadOnlySpan<byte> json, DateTimeOffset readAt)
    {
        var reader = new Utf8JsonReader(json);
        var result = reader.Read() && reader.TokenType == JsonTokenType.StartObject
            ? OrderContract.Check(JsonSerializer.Deserialize(ref reader, RecordJsonContext.Default.OrderJson)!, readAt)
            : ParseResult<Models.Order>.Skip("not a JSON object");

        // Anything after the object is invalid JSON: reading on throws, as a document would.
        reader.Read();
        return result.Value is { } order
            ? new OrderReadResult(order, null)
            : new OrderReadResult(null, new SkippedRecord(OrderContract.Dataset, result.RecordId, result.Error ?? "unreadable", result.Detail));
    }
}
