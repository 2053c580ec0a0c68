using System.Net.Http.Headers;

namespace Qtickets.TestUtilities.Http;

/// <summary>One request as a <see cref="StubHttpMessageHandler"/> saw it, copied so it outlives the message.</summary>
public sealed record RecordedRequest(
    HttpMethod Method,
    Uri Uri,
    IReadOnlyDictionary<string, string> Headers,
    string? Body)
{
    /// <summary>The value of a query-string parameter, or null when absent (first occurrence wins).</summary>
    public string? Query(string name)
    {
        foreach (var pair in Uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (Uri.UnescapeDataString(parts[0]) == name)
            {
                return parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : string.Empty;
            }
        }

        return null;
    }

    /// <summary>A header value (several values joined by ", "), or null when absent.</summary>
    public string? Header(string name) =>
        Headers.TryGetValue(name, out var value) ? value : null;

    internal static async Task<RecordedRequest> CopyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        AddAll(headers, request.Headers);
        string? body = null;
        if (request.Content is not null)
        {
            AddAll(headers, request.Content.Headers);
            body = await request.Content.ReadAsStringAsync(cancellationToken);
        }

        return new RecordedRequest(request.Method, request.RequestUri!, headers, body);
    }

    private static void AddAll(Dictionary<string, string> target, HttpHeaders headers)
    {
        foreach (var header in headers)
        {
            target[header.Key] = string.Join(", ", header.Value);
        }
    }
}
