using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Qtickets.TestUtilities.Http;

/// <summary>
/// A tiny real HTTP server on 127.0.0.1 (Kestrel, a free port) that gives every request the same canned answer: a
/// hostile or broken API or ClickHouse as the real clients and the real <c>qtickets</c> program meet it over the
/// network. It records the path and the Authorization header of every request.
/// </summary>
public sealed class LoopbackStubServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, string? Authorization)> _requests = new();

    private LoopbackStubServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary><c>http://127.0.0.1:P/</c>.</summary>
    public Uri BaseUri { get; private set; } = new("http://127.0.0.1/");

    public int Port => BaseUri.Port;

    public IReadOnlyList<(string Path, string? Authorization)> Requests => [.. _requests];

    /// <summary>Starts a server whose every answer is <paramref name="status"/> with <paramref name="body"/> (UTF-8).</summary>
    public static Task<LoopbackStubServer> StartAsync(int status, string body, string mediaType = "application/json") =>
        StartAsync(status, System.Text.Encoding.UTF8.GetBytes(body), mediaType);

    /// <summary>Starts a server whose every answer is <paramref name="status"/> with the raw <paramref name="body"/>.</summary>
    public static async Task<LoopbackStubServer> StartAsync(int status, byte[] body, string mediaType)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new LoopbackStubServer(app);
        ((IApplicationBuilder)app).Run(async context =>
        {
            server._requests.Enqueue((context.Request.Path.Value ?? string.Empty, context.Request.Headers.Authorization.FirstOrDefault()));
            context.Response.StatusCode = status;
            context.Response.ContentType = mediaType;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUri = new Uri($"http://127.0.0.1:{new Uri(address).Port.ToString(CultureInfo.InvariantCulture)}/");
        return server;
    }

    /// <summary>The REST base a QTickets client is given: <c>http://127.0.0.1:P/api/rest/v1/</c>.</summary>
    public Uri RestBaseUri => new(BaseUri, "api/rest/v1/");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
