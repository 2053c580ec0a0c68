using System.Collections.Concurrent;
using Qtickets.Webhooks;

namespace Qtickets.TestUtilities.Webhooks;

/// <summary>
/// A test-only <see cref="IOrderChangeApplier"/>: records every batch (bodies copied), answers what
/// <see cref="Decide"/> says (applied by default), can hold a batch until released, or throw.
/// The real applier (the loader's rules into ClickHouse) lives with the pipeline and has its own tests.
/// </summary>
public sealed class InMemoryOrderApplier : IOrderChangeApplier
{
    private readonly ConcurrentQueue<IReadOnlyList<AppliedOrder>> _batches = new();
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Func<ReceivedOrder, OrderApplyResult> Decide { get; set; } = _ => OrderApplyResult.Applied;

    /// <summary>When set, every call waits for it before answering.</summary>
    public Task? Hold { get; set; }

    public Exception? Throw { get; set; }

    /// <summary>Overrides the whole outcome (e.g. a wrong number of results).</summary>
    public Func<IReadOnlyList<ReceivedOrder>, WebhookApplyOutcome>? Outcome { get; set; }

    public IReadOnlyList<IReadOnlyList<AppliedOrder>> Batches => [.. _batches];

    public IReadOnlyList<AppliedOrder> Orders => [.. _batches.SelectMany(b => b)];

    /// <summary>Completes when the first call starts.</summary>
    public Task Entered => _entered.Task;

    public CancellationToken LastToken { get; private set; }

    public async Task<WebhookApplyOutcome> ApplyAsync(IReadOnlyList<ReceivedOrder> batch, CancellationToken cancellationToken)
    {
        LastToken = cancellationToken;
        _batches.Enqueue([.. batch.Select(o => new AppliedOrder(o.Body.ToArray(), o.EventType, o.ReceivedAt))]);
        _entered.TrySetResult();
        if (Hold is { } hold)
        {
            await hold.WaitAsync(cancellationToken);
        }

        if (Throw is { } exception)
        {
            throw exception;
        }

        return Outcome?.Invoke(batch) ?? new WebhookApplyOutcome([.. batch.Select(Decide)]);
    }
}
