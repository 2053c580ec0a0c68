using Qtickets.Pipeline.Rows;

namespace Qtickets.Pipeline.Transform;

/// <summary>
/// A staging row, or the reason an order was not written (counted in the run's metrics, never thrown).
/// <see cref="TextCut"/>: some text of the row was longer than <see cref="TextLimits"/> allow and was cut.
/// </summary>
public sealed record OrderTransformResult(OrderRow? Value, string? SkipReason, bool TextCut = false)
{
    public static OrderTransformResult Row(OrderRow row, bool textCut) => new(row, null, textCut);

    public static OrderTransformResult Skip(string reason) => new(null, reason);
}
