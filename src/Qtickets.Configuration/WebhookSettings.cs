namespace Qtickets.Configuration;

/// <summary>
/// The webhook listener (<c>qtickets listen</c>): where it listens, the shared secret QTickets signs with, how long
/// webhooks wait to share one store, and how often it reports to <c>meta_job_runs</c>.
/// </summary>
public sealed record WebhookSettings(
    string Host,
    int Port,
    string Path,
    Secret Secret,
    int BatchWindowMs,
    int MaxBatch,
    int MetricsIntervalSeconds)
{
    public const string DefaultHost = "127.0.0.1";
    public const int DefaultPort = 8088;
    public const string DefaultPath = "/webhooks/qtickets";
    public const string HealthPath = "/healthz";

    public override string ToString() => $"http://{Host}:{Port}{Path} (secret {Secret.Fingerprint})";
}
