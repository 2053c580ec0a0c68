using System.Globalization;

namespace Qtickets.Api;

/// <summary>
/// What both clients (REST and Partners) need to talk to their API: its base and bearer token, and the retry policy.
/// Built and validated once at start-up (<see cref="Validate"/> lists every problem at once, each naming its setting).
/// With <see cref="StubReason"/> set the client runs in stub mode: no request leaves the process.
/// </summary>
public abstract record ApiClientOptions
{
    /// <summary>The API base, for example <c>http://127.0.0.1:5080/api/rest/v1/</c>.</summary>
    public Uri? BaseUri { get; init; }

    /// <summary>Bearer token; shown only as <see cref="SecretFingerprint"/>.</summary>
    public string? Token { get; init; }

    /// <summary>Why the client must not send anything (e.g. <c>DRY_RUN=true</c>); null for a live client.</summary>
    public string? StubReason { get; init; }

    /// <summary>Timeout of one attempt (the whole answer read); <see cref="Timeout.InfiniteTimeSpan"/> for none.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt of a retryable failure (429, 5xx, timeouts, connection errors).</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>First back-off delay; each retry doubles it, with jitter, up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of one back-off delay.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Upper bound of a delay the server asks for with <c>Retry-After</c>.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The longest answer body read (64 MB): a longer one fails the request instead of the memory. The largest real
    /// answers (a show's barcodes, a page of orders) are a few megabytes.
    /// </summary>
    public long MaxAnswerBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Every problem of these settings, each naming the setting; empty when valid.</summary>
    public IReadOnlyList<string> Validate() => [.. Checks().Where(check => check.Wrong).Select(check => check.Problem)];

    /// <summary>The token is never printed, only its fingerprint.</summary>
    public sealed override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{GetType().Name} {{ BaseUri = {BaseUri}, Token = {SecretFingerprint.Of(Token)}, StubReason = {StubReason}, RequestTimeout = {RequestTimeout}, MaxRetries = {MaxRetries} }}");

    /// <summary>Throws an <see cref="ArgumentException"/> listing every problem, for a client given invalid options.</summary>
    internal void ThrowIfInvalid()
    {
        if (Validate() is { Count: > 0 } errors)
        {
            throw new ArgumentException($"Invalid {GetType().Name}: {string.Join(" ", errors)}", "options");
        }
    }

    private protected virtual IEnumerable<(bool Wrong, string Problem)> Checks() =>
    [
        (StubReason is null && (BaseUri is not { IsAbsoluteUri: true } || BaseUri.Scheme is not ("http" or "https")), $"BaseUri must be an absolute http(s) URI (got '{BaseUri}')."),
        (StubReason is null && string.IsNullOrWhiteSpace(Token), "Token is missing."),
        (RequestTimeout != Timeout.InfiniteTimeSpan && (RequestTimeout < TimeSpan.FromMilliseconds(10) || RequestTimeout > TimeSpan.FromDays(1)),
            $"RequestTimeout must be between 10 ms and 1 day, or infinite (got {RequestTimeout})."),
        (MaxRetries is < 0 or > 20, $"MaxRetries must be between 0 and 20 (got {MaxRetries})."),
        (BaseDelay < TimeSpan.Zero, $"BaseDelay must not be negative (got {BaseDelay})."),
        (MaxDelay < BaseDelay, $"MaxDelay must be at least BaseDelay (got {MaxDelay})."),
        (MaxRetryAfter < TimeSpan.Zero, $"MaxRetryAfter must not be negative (got {MaxRetryAfter})."),
    ];
}
