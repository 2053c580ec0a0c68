using Qtickets.Pipeline.Pushed;
using Qtickets.Webhooks;

namespace Qtickets.Cli.Webhooks;

/// <summary>
/// The listener's applier: webhook orders stored by the pipeline's <see cref="PushedOrderStore"/>, the loader's rules.
/// A record outside the data contract is rejected (200, QTickets stops retrying it); an order whose event cannot be
/// looked up now is refused (503, QTickets retries it). A ClickHouse failure throws, so the listener refuses the batch.
/// </summary>
public sealed class PipelineOrderApplier(PushedOrderStore store, IDisposable connections) : IOrderChangeApplier, IAsyncDisposable
{
    public static OrderApplierRegistration Registration { get; } = new(context =>
    {
        var (store, connections) = PushedOrderStore.Create(context.Settings.Loader, context.ClickHouse, context.Logs, context.Time);
        return new PipelineOrderApplier(store, connections);
    });

    public async Task<WebhookApplyOutcome> ApplyAsync(IReadOnlyList<ReceivedOrder> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var outcomes = await store.StoreAsync([.. batch.Select(order => new PushedOrder(order.Body, order.ReceivedAt))], cancellationToken).ConfigureAwait(false);
        return new WebhookApplyOutcome([.. outcomes.Select(Result)]);
    }

    public ValueTask DisposeAsync()
    {
        connections.Dispose();
        return ValueTask.CompletedTask;
    }

    private static OrderApplyResult Result(PushedOrderOutcome outcome) => outcome switch
    {
        { Stored: true } => OrderApplyResult.Applied,
        { Rejection: { } reason } => OrderApplyResult.Rejected(reason),
        _ => OrderApplyResult.Refused(outcome.Refusal ?? "not stored"),
    };
}
