using Qtickets.Webhooks;

namespace Qtickets.Cli.Webhooks;

/// <summary>
/// Where <c>qtickets listen</c> gets the <see cref="IOrderChangeApplier"/> that stores webhooks. The listener itself
/// (HTTP, signatures, batching, health, metrics) lives in <c>Qtickets.Webhooks</c>; the applier applies the loader's
/// rules (transform, staging, recompute of the touched days) and belongs with the pipeline.
/// </summary>
/// <remarks>
/// MISSING PIECE: <see cref="Default"/> has no applier yet. Once the pipeline offers one, it is created here (the only
/// change needed in the command line), e.g. <c>new OrderApplierRegistration(c => PipelineOrderApplier.Create(c.Settings.Loader, c.ClickHouse, c.Logs, c.Time))</c>.
/// Until then <c>listen</c> validates its settings and then exits 1 saying so. Tests register an in-memory applier.
/// </remarks>
public sealed class OrderApplierRegistration(Func<OrderApplierContext, IOrderChangeApplier?> create)
{
    public const string NotWiredMessage =
        "`qtickets listen` has no order applier in this build: the listener is ready, but the component that stores a " +
        "webhook's order with the loader's rules (staging, then the touched days) is not wired in yet " +
        "(OrderApplierRegistration.Default in Qtickets.Cli). Nothing was bound, nothing was written.";

    /// <summary>The registration of this build: no applier yet (see the remarks).</summary>
    public static OrderApplierRegistration Default { get; } = new(_ => null);

    /// <summary>The applier for this context, or null when this build has none.</summary>
    public IOrderChangeApplier? Create(OrderApplierContext context) => create(context);
}
