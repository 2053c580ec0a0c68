namespace Qtickets.Configuration;

/// <summary>Base URLs of the APIs, as the HTTP clients resolve relative paths against them.</summary>
public static class BaseUris
{
    /// <summary>
    /// The URL ending in a slash: <c>new Uri(base, "orders")</c> replaces the last segment of a base without one
    /// (<c>.../api/rest/v1</c> would become <c>.../api/rest/orders</c>).
    /// </summary>
    public static Uri WithTrailingSlash(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }
}
