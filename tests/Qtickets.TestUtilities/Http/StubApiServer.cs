using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Qtickets.TestUtilities.Http;

/// <summary>
/// A real HTTP server on 127.0.0.1 (Kestrel, a free port) that answers every request with what the test says: for
/// tests of the real clients and the real <c>qtickets</c> program against answers a simulator would never give (real
/// captured shapes, hostile records, lying totals, a hostile or broken API or ClickHouse). Every request is recorded.
/// </summary>
public sealed class StubApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private StubApiServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary><c>http://127.0.0.1:P/</c>.</summary>
    public Uri BaseUri { get; private set; } = new("http://127.0.0.1/");

    public int Port => BaseUri.Port;

    /// <summary>The base of the REST API it stands in for: <c>http://127.0.0.1:P/api/rest/v1/</c>.</summary>
    public Uri RestBaseUri => new(BaseUri, "api/rest/v1/");

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Starts a server whose every answer is <paramref name="status"/> with <paramref name="body"/>.</summary>
    public static Task<StubApiServer> StartAsync(int status, string body, string mediaType = "application/json") =>
        StartAsync(_ => new StubAnswer(status, body, mediaType));

    public static async Task<StubApiServer> StartAsync(Func<RecordedRequest, StubAnswer> respond)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new StubApiServer(app);
        ((IApplicationBuilder)app).Run(async context =>
        {
            var request = await RecordAsync(context.Request);
            server._requests.Enqueue(request);
            var answer = respond(request);
            context.Response.StatusCode = answer.Status;
            context.Response.ContentType = answer.ContentType;
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(answer.Body), context.RequestAborted);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUri = new Uri($"http://127.0.0.1:{new Uri(address).Port.ToString(CultureInfo.InvariantCulture)}/");
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
