using System.Globalization;

namespace Qtickets.Api.Http;

/// <summary>One logical request, relative to the API base; re-sent as a fresh message on every attempt.</summary>
internal sealed record ApiRequest(HttpMethod Method, string Path, string? Query = null, string? JsonBody = null)
{
    public string PathAndQuery => Query is null ? Path : $"{Path}?{Query}";

    /// <summary>What messages and logs show: method and path, never the token.</summary>
    public string Endpoint => $"{Method.Method} /{PathAndQuery}";

    /// <summary>One page of a listing, <c>?page=P&amp;per_page=N</c>, with the query as a JSON body when there is one.</summary>
    public static ApiRequest Page(HttpMethod method, string path, int page, int perPage, string? jsonBody = null) =>
        new(method, path, string.Create(CultureInfo.InvariantCulture, $"page={page}&per_page={perPage}"), jsonBody);
}
