using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Qtickets.Simulator.Tests.Support;

/// <summary>
/// A loopback HTTP server standing in for a webhook listener: records every POST and answers what
/// <see cref="Answer"/> decides (200 by default), possibly after waiting.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private int _attempts;

    private WebhookReceiver(WebApplication app)
    {
        _app = app;
    }

    /// <summary>Where it listens (known once started).</summary>
    public Uri Url => new(new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()), "/webhooks/qtickets");

    /// <summary>Decides the status of each POST (1-based attempt number across all POSTs); may wait.</summary>
    public Func<ReceivedWebhook, CancellationToken, Task<int>> Answer { get; set; } = (_, _) => Task.FromResult(200);

    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        ((IApplicationBuilder)app).Run(receiver.HandleAsync);
        await app.StartAsync();
        return receiver;
    }

    /// <summary>Waits (real time) until at least <paramref name="count"/> POSTs arrived.</summary>
    public async Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(int count, int timeoutSeconds = 20)
    {
        await Eventually.TrueAsync(() => _received.Count >= count, $"{count} webhooks arrived (got {_received.Count})", timeoutSeconds);
        return Received;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body, http.RequestAborted);
        var headers = http.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        var webhook = new ReceivedWebhook(Interlocked.Increment(ref _attempts), headers, body.ToArray());
        // Recorded before answering, so a sender that saw the answer always finds it here.
        _received.Enqueue(webhook);
        http.Response.StatusCode = await Answer(webhook, http.RequestAborted);
    }
}
