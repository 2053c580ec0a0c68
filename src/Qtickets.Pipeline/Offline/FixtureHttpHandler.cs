using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Qtickets.Pipeline.Offline;

/// <summary>
/// Serves the files of <c>--offline-fixtures-dir</c> in-process, the way the production tenant serves them, so an
/// offline run goes through the real client: the same paging, detection, parsing, contract and local filtering as a
/// live run. Nothing leaves the process.
/// <list type="bullet">
/// <item><c>events.json</c>, <c>orders.json</c>: plain pages in ascending id order (10 events, 50 orders a page),
/// filters ignored; each page is a slice of the file's bytes.</item>
/// <item><c>seats/&lt;show_id&gt;.json</c>: the answer of that show's seats, as saved.</item>
/// </list>
/// Every other route (and a show without a seats file) answers 404, which the loader treats as an unavailable
/// optional dataset.
/// </summary>
public sealed class FixtureHttpHandler : HttpMessageHandler
{
    private const int OrdersPerPage = 50;
    private const int EventsPerPage = 10;

    private readonly string _directory;
    private readonly FixtureFile _events;
    private readonly FixtureFile _orders;

    public FixtureHttpHandler(string directory)
    {
        _directory = directory;
        _events = FixtureFile.Read(Path.Combine(directory, "events.json"));
        _orders = FixtureFile.Read(Path.Combine(directory, "orders.json"));
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri?.AbsolutePath.TrimEnd('/') ?? string.Empty;
        if (path.EndsWith("/orders", StringComparison.Ordinal))
        {
            return Page(_orders, await PageAsync(request, cancellationToken).ConfigureAwait(false), OrdersPerPage);
        }

        if (path.EndsWith("/events", StringComparison.Ordinal))
        {
            return Page(_events, await PageAsync(request, cancellationToken).ConfigureAwait(false), EventsPerPage);
        }

        return SeatsFile(path) is { } file && File.Exists(file)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false)) }
            : new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("<html><body>404 Not Found</body></html>", Encoding.UTF8, "text/html") };
    }

    /// <summary><c>seats/&lt;id&gt;.json</c> for <c>.../shows/&lt;id&gt;/seats</c>; the id must be a number, so no path escapes the folder.</summary>
    private string? SeatsFile(string path)
    {
        var parts = path.Split('/');
        return parts.Length >= 3 && parts[^1] == "seats" && parts[^3] == "shows" &&
               long.TryParse(parts[^2], NumberStyles.None, CultureInfo.InvariantCulture, out var show)
            ? Path.Combine(_directory, "seats", show.ToString(CultureInfo.InvariantCulture) + ".json")
            : null;
    }

    private static HttpResponseMessage Page(FixtureFile records, int page, int perPage)
    {
        var paging = string.Create(CultureInfo.InvariantCulture, $"],\"paging\":{{\"perPage\":{perPage},\"currentPage\":{page},\"total\":{records.Count}}}}}");
        List<ReadOnlyMemory<byte>> parts = ["{\"data\":["u8.ToArray(), .. records.Records((page - 1) * perPage, perPage), Encoding.UTF8.GetBytes(paging)];
        var body = new PartsStream(parts);
        var content = new StreamContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
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
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            return 1;
        }
    }
}
