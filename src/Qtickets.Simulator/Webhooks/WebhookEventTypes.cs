namespace Qtickets.Simulator.Webhooks;

/// <summary>The <c>X-Event-Type</c> values of QTickets' order webhooks the simulator sends.</summary>
internal static class WebhookEventTypes
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Payed = "payed";
    public const string Deleted = "deleted";
    public const string Refunded = "refunded";
}
