using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Qtickets.TestUtilities.Http;

/// <summary>
/// A real HTTP server on loopback (Kestrel, a free port) that answers every request with what the test's function
/// says: for tests of the whole loader over its real HTTP client against API answers a simulator would never give
/// (real captured shapes, hostile records, lying totals). Every request is recorded.
/// </summary>
public sealed class StubApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private StubApiServer(WebApplication app, Func<RecordedRequest, StubAnswer> respond)
    {
        _app = app;
        app.Run(async context =>
        {
            var request = await RecordAsync(context.Request);
            _requests.Enqueue(request);
            var answer = respond(request);
            context.Response.StatusCode = answer.Status;
            context.Response.ContentType = answer.ContentType;
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(answer.Body), context.RequestAborted);
        });
    }

    /// <summary>The base of the REST API it stands in for: <c>http://127.0.0.1:PORT/api/rest/v1/</c>.</summary>
    public Uri RestBaseUri { get; private set; } = new("http://127.0.0.1/");

    public IReadOnlyCollection<RecordedRequest> Requests => _requests;

    public static async Task<StubApiServer> StartAsync(Func<RecordedRequest, StubAnswer> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new StubApiServer(builder.Build(), respond);
        await server._app.StartAsync();
        var address = server._app.Services.GetService(typeof(IServer)) is IServer kestrel
            ? kestrel.Features.Get<IServerAddressesFeature>()!.Addresses.First()
            : throw new InvalidOperationException("no server");
        server.RestBaseUri = new Uri(new Uri(address), "/api/rest/v1/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task<RecordedRequest> RecordAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var uri = new Uri($"http://{request.Host}{request.Path}{request.QueryString}");
        return new RecordedRequest(new HttpMethod(request.Method), uri, headers, body.Length == 0 ? null : body);
    }
}
