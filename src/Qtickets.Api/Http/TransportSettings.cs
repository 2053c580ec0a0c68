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
    public static TransportSettings From(QticketsClientOptions options) => new(
        WithTrailingSlash(options.BaseUri!),
        options.Token!,
        options.RequestTimeout,
        options.MaxRetries,
        options.BaseDelay,
        options.MaxDelay,
        options.MaxRetryAfter);

    /// <summary>A base without a trailing slash would lose its last segment when a relative path is resolved.</summary>
    public static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
