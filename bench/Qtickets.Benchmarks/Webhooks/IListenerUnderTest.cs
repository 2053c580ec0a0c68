namespace Qtickets.Benchmarks.Webhooks;

/// <summary>The listener the benchmark sends to: <c>qtickets listen</c> as a child process, or in-process while no applier is wired.</summary>
internal interface IListenerUnderTest : IAsyncDisposable
{
    Uri WebhookUri { get; }

    /// <summary>Which listener and applier these figures are for.</summary>
    string Description { get; }

    /// <summary>Stops it gracefully and returns what it measured.</summary>
    Task<ListenerLatency> StopAsync(CancellationToken cancellationToken);
}
