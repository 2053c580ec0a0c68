namespace Qtickets.Api.Http;

/// <summary>What the transport needs from either client's options.</summary>
internal sealed record TransportSettings(
    Uri BaseUri,
    string Token,
    TimeSpan RequestTimeout,
    int MaxRetries,
    TimeSpan BaseDelay,
    TimeSpan MaxDelay,
    TimeSpan MaxRetryAfter)
{
    /// <summary>
    /// The longest answer body read. A longer one is an error, not an out-of-memory: the largest real answers (a
    /// show's barcodes, a page of orders) are a few megabytes.
    /// </summary>
    public long MaxAnswerBytes { get; init; } = 64L * 1024 * 1024;

    public static TransportSettings From(ApiClientOptions options) => new(
        WithTrailingSlash(options.BaseUri!),
        options.Token!,
        options.RequestTimeout,
        options.MaxRetries,
        options.BaseDelay,
        options.MaxDelay,
        options.MaxRetryAfter)
    {
        MaxAnswerBytes = options.MaxAnswerBytes,
    };

    /// <summary>A base without a trailing slash would lose its last segment when a relative path is resolved.</summary>
    public static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
