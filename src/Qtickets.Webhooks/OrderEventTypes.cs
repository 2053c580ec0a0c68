namespace Qtickets.Webhooks;

/// <summary>Reads <c>X-Event-Type</c>: the six lower-case names QTickets documents (any case accepted).</summary>
public static class OrderEventTypes
{
    public static bool TryParse(string? header, out OrderEventType type)
    {
        type = default;
        return header?.Trim().ToLowerInvariant() switch
        {
            "created" => Set(OrderEventType.Created, out type),
            "updated" => Set(OrderEventType.Updated, out type),
            "payed" => Set(OrderEventType.Payed, out type),
            "deleted" => Set(OrderEventType.Deleted, out type),
            "refunded" => Set(OrderEventType.Refunded, out type),
            "checked" => Set(OrderEventType.Checked, out type),
            _ => false,
        };
    }

    /// <summary>The header value of an event type.</summary>
    public static string Name(OrderEventType type) => type.ToString().ToLowerInvariant();

    private static bool Set(OrderEventType value, out OrderEventType type)
    {
        type = value;
        return true;
    }
}
