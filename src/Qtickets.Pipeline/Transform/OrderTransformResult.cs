using Qtickets.Pipeline.Rows;

namespace Qtickets.Pipeline.Transform;

/// <summary>A staging row, or the reason an order was skipped (counted in the run's metrics, never thrown).</summary>
public sealed record OrderTransformResult(OrderRow? Value, string? SkipReason)
{
    public static OrderTransformResult Row(OrderRow row) => new(row, null);

    public static OrderTransformResult Skip(string reason) => new(null, reason);
}
