using System.Globalization;
using Qtickets.Api.Http;

namespace Qtickets.Api.Partners;

/// <summary>Settings of the Partners API client (distributor side): its own base and bearer key, the same retry policy.</summary>
public sealed record PartnersClientOptions
{
    /// <summary>Partners base, for example <c>http://127.0.0.1:5080/api/partners/v1/</c>.</summary>
    public Uri? BaseUri { get; init; }

    /// <summary>The Partners bearer key; shown only as <see cref="SecretFingerprint"/>.</summary>
    public string? Token { get; init; }

    /// <summary>Why the client must not send anything; null for a live client.</summary>
    public string? StubReason { get; init; }

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public int MaxRetries { get; init; } = 4;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

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
        return errors;
    }

    /// <summary>The token is never printed, only its fingerprint.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"PartnersClientOptions {{ BaseUri = {BaseUri}, Token = {SecretFingerprint.Of(Token)}, StubReason = {StubReason}, RequestTimeout = {RequestTimeout}, MaxRetries = {MaxRetries} }}");

    internal TransportSettings ToTransportSettings() => new(
        TransportSettings.WithTrailingSlash(BaseUri!),
        Token!,
        RequestTimeout,
        MaxRetries,
        BaseDelay,
        MaxDelay,
        MaxRetryAfter);
}
