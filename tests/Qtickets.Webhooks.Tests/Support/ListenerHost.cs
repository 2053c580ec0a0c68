using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Qtickets.ClickHouse;
using Qtickets.Configuration;
using Qtickets.TestUtilities.Logging;
using Qtickets.TestUtilities.Webhooks;

namespace Qtickets.Webhooks.Tests.Support;

/// <summary>A listener on a free loopback port with an in-memory applier, captured logs and an HTTP client; dispose to stop it.</summary>
public sealed class ListenerHost : IAsyncDisposable
{
    private ListenerHost(WebhookListener listener, InMemoryOrderApplier applier, CapturingLoggerProvider logs, ILoggerFactory factory)
    {
        Listener = listener;
        Applier = applier;
        Logs = logs;
        Factory = factory;
        Http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(60) };
    }

    public WebhookListener Listener { get; }

    public InMemoryOrderApplier Applier { get; }

    public CapturingLoggerProvider Logs { get; }

    public HttpClient Http { get; }

    private ILoggerFactory Factory { get; }

    /// <summary>Options for a test: port 0, the test secret, a short window, no periodic rows unless asked.</summary>
    public static WebhookListenerOptions Options => new()
    {
        Host = "127.0.0.1",
        Port = 0,
        Secret = new Secret(Signed.Secret),
        BatchWindow = TimeSpan.FromMilliseconds(50),
        MetricsInterval = TimeSpan.FromHours(1),
    };

    public static async Task<ListenerHost> StartAsync(IClickHouseClient clickHouse, WebhookListenerOptions? options = null, TimeProvider? time = null)
    {
        var logs = new CapturingLoggerProvider();
        var factory = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        var applier = new InMemoryOrderApplier();
        var listener = await WebhookListener.StartAsync(options ?? Options, applier, clickHouse, factory, time ?? TimeProvider.System, CancellationToken.None);
        return new ListenerHost(listener, applier, logs, factory);
    }

    /// <summary>
    /// POSTs a body as QTickets would; <paramref name="signature"/> null signs it correctly, empty sends none.
    /// <paramref name="expectContinue"/>: the body is sent only once the listener asked for it, so a refusal before the
    /// body (413) reaches the caller as an answer, never as a write into a connection the listener already closed.
    /// </summary>
    public async Task<HttpResponseMessage> PostAsync(
        byte[] body, string eventType = "payed", string model = "Order", string? signature = null, bool expectContinue = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Listener.WebhookUri) { Content = new ByteArrayContent(body) };
        request.Headers.ExpectContinue = expectContinue ? true : null;
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("User-Agent", "Qtickets-Webhooks/2.0");
        request.Headers.Add("X-Event-Type", eventType);
        request.Headers.Add("X-Model-Name", model);
        signature ??= Signed.Signature(body);
        if (signature.Length > 0)
        {
            request.Headers.Add("X-Signature", signature);
        }

        return await Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Listener.DisposeAsync();
        Factory.Dispose();
    }
}
