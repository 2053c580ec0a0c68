using System.Globalization;
using System.Net;

namespace Qtickets.Simulator.Webhooks;

/// <summary>
/// Where and how the simulator POSTs order webhooks, as QTickets does: every order change it makes is sent,
/// signed with <see cref="Secret"/>, and a delivery that is not answered HTTP 200 is retried <see cref="MaxRetries"/>
/// times after n^3 seconds (1, 8, 27, ... s; about 50 minutes in all), each delay multiplied by <see cref="RetryScale"/>.
/// </summary>
public sealed record WebhookOptions
{
    public const int QticketsRetries = 10;

    /// <summary>The receiver, e.g. <c>http://127.0.0.1:8088/webhooks/qtickets</c>; loopback only, like the simulator itself.</summary>
    public required Uri Url { get; init; }

    /// <summary>The shared secret of the HMAC-SHA1 signature (<c>X-Signature</c>).</summary>
    public required string Secret { get; init; }

    /// <summary>Multiplies the n^3-second retry delays: 1 is QTickets' schedule, 0.001 makes it milliseconds for tests.</summary>
    public double RetryScale { get; init; } = 1;

    /// <summary>Retries after the first attempt (QTickets: 10).</summary>
    public int MaxRetries { get; init; } = QticketsRetries;

    /// <summary>
    /// Deliveries outstanding at most (queued, in flight or waiting for a retry); a change beyond it is dropped and
    /// counted (<see cref="WebhookStats.Dropped"/>), so a dead receiver never holds the API's answers or its memory.
    /// </summary>
    public int QueueCapacity { get; init; } = 10_000;

    /// <summary>POSTs in flight at once.</summary>
    public int MaxConcurrentDeliveries { get; init; } = 8;

    /// <summary>How long one attempt may take before it counts as failed.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Every problem, each naming its setting; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Url is null || !Url.IsAbsoluteUri || Url.Scheme is not ("http" or "https"))
        {
            errors.Add($"WebhookUrl must be an absolute http(s) URL, not '{Url}'.");
        }
        else if (!IsLoopback(Url))
        {
            errors.Add($"WebhookUrl must point at loopback (127.0.0.1, ::1 or localhost), like everything the simulator talks to, not '{Url.Host}'.");
        }

        if (string.IsNullOrEmpty(Secret))
        {
            errors.Add("WebhookSecret must not be empty: QTickets signs every webhook.");
        }

        if (double.IsNaN(RetryScale) || RetryScale is < 0 or > 100)
        {
            errors.Add(Invariant($"WebhookRetryScale must be between 0 and 100, not {RetryScale}."));
        }

        Check(errors, MaxRetries is >= 0 and <= 20, Invariant($"WebhookMaxRetries must be between 0 and 20, not {MaxRetries}."));
        Check(errors, QueueCapacity is >= 1 and <= 1_000_000, Invariant($"WebhookQueueCapacity must be between 1 and 1000000, not {QueueCapacity}."));
        Check(errors, MaxConcurrentDeliveries is >= 1 and <= 256, Invariant($"WebhookMaxConcurrentDeliveries must be between 1 and 256, not {MaxConcurrentDeliveries}."));
        Check(errors, AttemptTimeout > TimeSpan.Zero, Invariant($"WebhookAttemptTimeout must be positive, not {AttemptTimeout}."));
        return errors;
    }

    /// <summary>The delay before retry <paramref name="retry"/> (1-based): n^3 seconds, scaled.</summary>
    public TimeSpan RetryDelay(int retry) => TimeSpan.FromSeconds(Math.Pow(retry, 3) * RetryScale);

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private static void Check(List<string> errors, bool valid, string message)
    {
        if (!valid)
        {
            errors.Add(message);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
