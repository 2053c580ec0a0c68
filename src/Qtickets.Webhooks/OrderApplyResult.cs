namespace Qtickets.Webhooks;

/// <summary>The result for one item of a batch; <see cref="Reason"/> says why for a rejection or refusal (logged, so no secrets and no personal data).</summary>
public sealed record OrderApplyResult(OrderApplyStatus Status, string? Reason)
{
    public static OrderApplyResult Applied { get; } = new(OrderApplyStatus.Applied, null);

    public static OrderApplyResult Rejected(string reason) => new(OrderApplyStatus.Rejected, reason);

    public static OrderApplyResult Refused(string reason) => new(OrderApplyStatus.Refused, reason);
}
