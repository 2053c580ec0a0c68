namespace Qtickets.Webhooks;

/// <summary>What <see cref="IOrderChangeApplier.ApplyAsync"/> did: one result per item of the batch, in order.</summary>
public sealed record WebhookApplyOutcome(IReadOnlyList<OrderApplyResult> Results)
{
    /// <summary>Every item refused for one reason (ClickHouse down, say).</summary>
    public static WebhookApplyOutcome AllRefused(int count, string reason) =>
        new([.. Enumerable.Repeat(OrderApplyResult.Refused(reason), count)]);
}
