using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Qtickets.Pipeline.Offline;

/// <summary>
/// Serves <c>events.json</c> and <c>orders.json</c> of <c>--offline-fixtures-dir</c> in-process, the way the
/// production tenant serves them (plain pages in ascending id order, filters ignored), so an offline run goes through
/// the real client: the same paging, detection, parsing and local filtering as a live run. Nothing leaves the process.
/// Every other route answers 404, which the loader treats as an unavailable optional dataset.
/// </summary>
public sealed class FixtureHttpHandler : HttpMessageHandler
{
    private const int OrdersPerPage = 50;
    private const int EventsPerPage = 10;

    private readonly IReadOnlyList<JsonNode> _events;
    private readonly IReadOnlyList<JsonNode> _orders;

    public FixtureHttpHandler(string directory)
    {
        _events = FixtureFile.ReadRecords(Path.Combine(directory, "events.json"));
        _orders = FixtureFile.ReadRecords(Path.Combine(directory, "orders.json"));
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri?.AbsolutePath.TrimEnd('/') ?? string.Empty;
        var page = await PageAsync(request, cancellationToken).ConfigureAwait(false);
        if (path.EndsWith("/orders", StringComparison.Ordinal))
        {
            return Page(_orders, page, OrdersPerPage);
        }

        return path.EndsWith("/events", StringComparison.Ordinal)
            ? Page(_events, page, EventsPerPage)
            : new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("<html><body>404 Not Found</body></html>", Encoding.UTF8, "text/html") };
    }

    private static HttpResponseMessage Page(IReadOnlyList<JsonNode> records, int page, int perPage)
    {
        var body = new JsonObject
        {
            ["data"] = new JsonArray([.. records.Skip((page - 1) * perPage).Take(perPage).Select(r => r.DeepClone())]),
            ["paging"] = new JsonObject { ["perPage"] = perPage, ["currentPage"] = page, ["total"] = records.Count },
        };
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
    }

    /// <summary>The page asked for, from the query string or the JSON body (the documented form); 1 by default.</summary>
    private static async Task<int> PageAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri?.Query ?? string.Empty);
        if (int.TryParse(query["page"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var fromQuery))
        {
            return Math.Max(fromQuery, 1);
        }

        if (request.Content is null)
        {
            return 1;
        }

        var text = await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonNode.Parse(text)?["page"]?.GetValue<int>() is { } fromBody ? Math.Max(fromBody, 1) : 1;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            return 1;
        }
    }
}
