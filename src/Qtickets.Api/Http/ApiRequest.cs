namespace Qtickets.Api.Http;

/// <summary>One logical request, relative to the API base; re-sent as a fresh message on every attempt.</summary>
internal sealed record ApiRequest(HttpMethod Method, string Path, string? Query = null, string? JsonBody = null)
{
    public string PathAndQuery => Query is null ? Path : $"{Path}?{Query}";

    /// <summary>What messages and logs show: method and path, never the token.</summary>
    public string Endpoint => $"{Method.Method} /{PathAndQuery}";
}
