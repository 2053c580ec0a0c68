using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Qtickets.Benchmarks.EndToEnd;

/// <summary>
/// A pass-through HTTP proxy on 127.0.0.1 in front of the benchmark's ClickHouse. The loader is pointed at it, so
/// every <c>INSERT ... FORMAT JSONEachRow</c> it sends is timed (request start to end of the answer) and its rows
/// counted (line feeds of the body) without touching the loader or the server configuration.
/// </summary>
internal sealed class InsertTimingProxy : IAsyncDisposable
{
    private static readonly string[] SkippedRequestHeaders = ["Host", "Transfer-Encoding", "Connection", "Expect"];
    private static readonly string[] SkippedResponseHeaders = ["Transfer-Encoding", "Connection", "Keep-Alive"];
    private readonly ConcurrentQueue<InsertRecord> _inserts = new();
    private readonly HttpClient _upstream = new(new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromSeconds(2) }) { Timeout = Timeout.InfiniteTimeSpan };
    private readonly Uri _target;
    private WebApplication? _app;

    private InsertTimingProxy(Uri target)
    {
        _target = target;
    }

    public int Port { get; private set; }

    public static async Task<InsertTimingProxy> StartAsync(Uri target, CancellationToken cancellationToken)
    {
        var proxy = new InsertTimingProxy(target);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.Listen(IPAddress.Loopback, 0);
        });
        var app = builder.Build();
        ((IApplicationBuilder)app).Run(proxy.ForwardAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        proxy._app = app;
        proxy.Port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        return proxy;
    }

    /// <summary>The inserts since the last call.</summary>
    public InsertStats TakeStats()
    {
        var taken = new List<InsertRecord>();
        while (_inserts.TryDequeue(out var insert))
        {
            taken.Add(insert);
        }

        return new InsertStats(taken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }

        _upstream.Dispose();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var table = InsertedTable(context.Request.Query["query"].ToString());
        var body = new LineCountingStream(context.Request.Body);
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(_target, context.Request.Path + context.Request.QueryString))
        {
            Content = new StreamContent(body),
        };
        foreach (var (name, values) in context.Request.Headers.Where(header => !SkippedRequestHeaders.Contains(header.Key, StringComparer.OrdinalIgnoreCase)))
        {
            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                request.Content.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        using var response = await _upstream.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted).ConfigureAwait(false);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers).Where(header => !SkippedResponseHeaders.Contains(header.Key, StringComparer.OrdinalIgnoreCase)))
        {
            context.Response.Headers[name] = values.ToArray();
        }

        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
        if (table is not null)
        {
            _inserts.Enqueue(new InsertRecord(table, body.Lines, body.Bytes, Stopwatch.GetElapsedTime(started)));
        }
    }

    /// <summary>The table of <c>INSERT INTO t FORMAT JSONEachRow</c> (rows in the body); null for anything else.</summary>
    private static string? InsertedTable(string query)
    {
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 5 && words[0].Equals("INSERT", StringComparison.OrdinalIgnoreCase) && words[1].Equals("INTO", StringComparison.OrdinalIgnoreCase)
            && words[^1].Equals("JSONEachRow", StringComparison.OrdinalIgnoreCase)
            ? words[2]
            : null;
    }
}
