using Qtickets.Configuration;

namespace Qtickets.Webhooks;

/// <summary>How the listener runs; built once from validated <see cref="WebhookSettings"/> (<see cref="From"/>).</summary>
public sealed record WebhookListenerOptions
{
    /// <summary>Bodies over 1 MB are refused with 413 unread.</summary>
    public const int DefaultMaxBodyBytes = 1 << 20;

    /// <summary>The job name of the listener's rows in <c>meta_job_runs</c>.</summary>
    public const string JobName = "qtickets_webhooks";

    public string Host { get; init; } = WebhookSettings.DefaultHost;

    /// <summary>0 picks a free port (see <see cref="WebhookListener.Port"/>).</summary>
    public int Port { get; init; } = WebhookSettings.DefaultPort;

    public string Path { get; init; } = WebhookSettings.DefaultPath;

    public required Secret Secret { get; init; }

    public int MaxBodyBytes { get; init; } = DefaultMaxBodyBytes;

    /// <summary>How long the first webhook of a batch waits, at most, for others to share its store: counted from its receipt.</summary>
    public TimeSpan BatchWindow { get; init; } = TimeSpan.FromMilliseconds(200);

    public int MaxBatch { get; init; } = 500;

    /// <summary>Webhooks waiting for a batch at most; beyond it they are answered 503 at once (QTickets retries).</summary>
    public int QueueCapacity { get; init; } = 10_000;

    /// <summary>How often a row is written to <c>meta_job_runs</c>.</summary>
    public TimeSpan MetricsInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a stop waits for the requests and the batch in hand before it cancels them.</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(25);

    /// <summary>How long <c>/healthz</c> waits for ClickHouse.</summary>
    public TimeSpan HealthTimeout { get; init; } = TimeSpan.FromSeconds(3);

    public static WebhookListenerOptions From(WebhookSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new WebhookListenerOptions
        {
            Host = settings.Host,
            Port = settings.Port,
            Path = settings.Path,
            Secret = settings.Secret,
            BatchWindow = TimeSpan.FromMilliseconds(settings.BatchWindowMs),
            MaxBatch = settings.MaxBatch,
            MetricsInterval = TimeSpan.FromSeconds(settings.MetricsIntervalSeconds),
        };
    }
}
