using System.Globalization;
using Qtickets.Api.Http;

namespace Qtickets.Api;

/// <summary>
/// Settings of the QTickets REST client, built and validated once at start-up (<see cref="Validate"/> lists every
/// problem at once). With <see cref="StubReason"/> set the client runs in stub mode: no request leaves the process.
/// </summary>
public sealed record QticketsClientOptions
{
    /// <summary>Page size of the plain-pages form, the one every tenant honours.</summary>
    public const int PlainPageSize = 50;

    /// <summary>REST base, for example <c>http://127.0.0.1:5080/api/rest/v1/</c>.</summary>
    public Uri? BaseUri { get; init; }

    /// <summary>Bearer token; shown only as <see cref="SecretFingerprint"/>.</summary>
    public string? Token { get; init; }

    /// <summary>Why the client must not talk to QTickets (e.g. <c>DRY_RUN=true</c>); null for a live client.</summary>
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

    /// <summary>The longest answer body read (64 MB); a longer one fails the request instead of the memory.</summary>
    public long MaxAnswerBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Page requests in flight at once once <c>paging.total</c> is known.</summary>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>The <c>per_page</c> asked for in the documented query form.</summary>
    public int RequestedPageSize { get; init; } = 200;

    /// <summary>
    /// The <c>per_page</c> asked for catalogues (clients, price shades, discounts, promo codes): larger, because they
    /// are read whole and unfiltered; a tenant that ignores it costs nothing, one that honours it saves round trips.
    /// </summary>
    public int CataloguePageSize { get; init; } = 1000;

    public bool IsStub => StubReason is not null;

    /// <summary>Every problem of these settings, each naming the setting; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!IsStub)
        {
            SettingsValidation.Endpoint(errors, BaseUri, Token);
        }

        SettingsValidation.Retries(errors, RequestTimeout, MaxRetries, BaseDelay, MaxDelay, MaxRetryAfter);
        SettingsValidation.AddIf(errors, MaxConcurrency is < 1 or > 64, $"{nameof(MaxConcurrency)} must be between 1 and 64 (got {MaxConcurrency}).");
        SettingsValidation.AddIf(errors, RequestedPageSize is < 1 or > 1000, $"{nameof(RequestedPageSize)} must be between 1 and 1000 (got {RequestedPageSize}).");
        SettingsValidation.AddIf(errors, CataloguePageSize is < 1 or > 1000, $"{nameof(CataloguePageSize)} must be between 1 and 1000 (got {CataloguePageSize}).");
        return errors;
    }

    /// <summary>The token is never printed, only its fingerprint.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"QticketsClientOptions {{ BaseUri = {BaseUri}, Token = {SecretFingerprint.Of(Token)}, StubReason = {StubReason}, RequestTimeout = {RequestTimeout}, MaxRetries = {MaxRetries}, MaxConcurrency = {MaxConcurrency}, RequestedPageSize = {RequestedPageSize} }}");
}
