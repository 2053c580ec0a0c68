namespace Qtickets.Webhooks;

/// <summary>The order events QTickets sends (<c>X-Event-Type</c>); each carries the whole order as it is now.</summary>
public enum OrderEventType
{
    Created,
    Updated,
    Payed,
    Deleted,
    Refunded,
    Checked,
}
