namespace Qtickets.Api.Http;

/// <summary>Checks shared by both clients' options; each message names its setting.</summary>
internal static class SettingsValidation
{
    public static void Endpoint(List<string> errors, Uri? baseUri, string? token)
    {
        AddIf(
            errors,
            baseUri is null || !baseUri.IsAbsoluteUri || (baseUri.Scheme != Uri.UriSchemeHttp && baseUri.Scheme != Uri.UriSchemeHttps),
            $"BaseUri must be an absolute http(s) URI (got '{baseUri}').");
        AddIf(errors, string.IsNullOrWhiteSpace(token), "Token is missing.");
    }

    public static void Retries(List<string> errors, TimeSpan requestTimeout, int maxRetries, TimeSpan baseDelay, TimeSpan maxDelay, TimeSpan maxRetryAfter)
    {
        AddIf(
            errors,
            requestTimeout != Timeout.InfiniteTimeSpan && (requestTimeout < TimeSpan.FromMilliseconds(10) || requestTimeout > TimeSpan.FromDays(1)),
            $"RequestTimeout must be between 10 ms and 1 day, or infinite (got {requestTimeout}).");
        AddIf(errors, maxRetries is < 0 or > 20, $"MaxRetries must be between 0 and 20 (got {maxRetries}).");
        AddIf(errors, baseDelay < TimeSpan.Zero, $"BaseDelay must not be negative (got {baseDelay}).");
        AddIf(errors, maxDelay < baseDelay, $"MaxDelay must be at least BaseDelay (got {maxDelay}).");
        AddIf(errors, maxRetryAfter < TimeSpan.Zero, $"MaxRetryAfter must not be negative (got {maxRetryAfter}).");
    }

    public static void AddIf(List<string> errors, bool condition, string message)
    {
        if (condition)
        {
            errors.Add(message);
        }
    }
}
