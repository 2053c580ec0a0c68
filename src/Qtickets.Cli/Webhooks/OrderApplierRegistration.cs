using Qtickets.Webhooks;

namespace Qtickets.Cli.Webhooks;

/// <summary>
/// Where <c>qtickets listen</c> gets the <see cref="IOrderChangeApplier"/> that stores webhooks. The listener itself
/// (HTTP, signatures, batching, health, metrics) lives in <c>Qtickets.Webhooks</c>; the applier applies the loader's
/// rules (transform, staging, recompute of the touched days) and comes from the pipeline
/// (<see cref="PipelineOrderApplier"/>). Tests register an in-memory applier instead.
/// </summary>
public sealed class OrderApplierRegistration(Func<OrderApplierContext, IOrderChangeApplier?> create)
{
    public const string NotWiredMessage =
        "`qtickets listen` has no order applier: the component that stores a webhook's order with the loader's rules " +
        "was not created. Nothing was bound, nothing was written.";

    /// <summary>The registration of this build: the pipeline's applier.</summary>
    public static OrderApplierRegistration Default => PipelineOrderApplier.Registration;

    /// <summary>The applier for this context, or null when the registration has none.</summary>
    public IOrderChangeApplier? Create(OrderApplierContext context) => create(context);
}
