using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Qtickets.Processes;

namespace Qtickets.Faults.Tests.Support;

/// <summary>
/// <c>qtickets listen</c> as a child process, with the harness's settings and the real applier, on a port chosen
/// before the simulator starts (the simulator needs the webhook URL first); health, signed POSTs and the SIGTERM stop.
/// </summary>
internal sealed class RunningListener : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly RunningChild _child;
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };

    private RunningListener(RunningChild child, int port)
    {
        _child = child;
        WebhookUri = WebhookUriOf(port);
        HealthUri = new Uri(WebhookUri, "/healthz");
    }

    public Uri WebhookUri { get; }

    public Uri HealthUri { get; }

    public static Uri WebhookUriOf(int port) => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/webhooks/qtickets"));

    /// <summary>Starts it and returns once it printed <c>listening</c> (it accepts connections).</summary>
    public static async Task<RunningListener> StartAsync(FaultHarness harness, int port, string secret)
    {
        harness.AddSecret("QTICKETS_WEBHOOK_SECRET", secret);
        var child = Cli.Start(
            ["listen", "--port", port.ToString(CultureInfo.InvariantCulture)],
            harness.Environment(new Dictionary<string, string> { ["QTICKETS_WEBHOOK_SECRET"] = secret }));
        var listener = new RunningListener(child, port);
        await listener.WaitForAsync(() => Task.FromResult(child.OutputSoFar.Any(l => l.StartsWith("listening ", StringComparison.Ordinal))), "to listen");
        return listener;
    }

    /// <summary>Polls <c>/healthz</c> until it answers <paramref name="status"/>.</summary>
    public Task WaitForHealthAsync(HttpStatusCode status) =>
        WaitForAsync(async () => await HealthAsync() == status, $"/healthz to answer {(int)status}");

    public async Task<HttpStatusCode> HealthAsync()
    {
        using var answer = await _http.GetAsync(HealthUri);
        return answer.StatusCode;
    }

    /// <summary>POSTs a body as QTickets does (the caller signs it, or forges the signature).</summary>
    public async Task<HttpResponseMessage> PostAsync(byte[] body, string signature, string eventType = "updated")
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, WebhookUri) { Content = content };
        request.Headers.Add("X-Event-Type", eventType);
        request.Headers.Add("X-Model-Name", "Order");
        request.Headers.Add("X-Signature", signature);
        return await _http.SendAsync(request);
    }

    /// <summary>Waits until <paramref name="condition"/> holds; fails naming <paramref name="what"/> when the listener exits or time runs out.</summary>
    public async Task WaitForAsync(Func<Task<bool>> condition, string what, TimeSpan? patience = null)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.False(_child.HasExited, $"qtickets listen exited while waiting for {what}:\n{string.Join('\n', _child.OutputSoFar.Concat(_child.LogSoFar))}");
            Assert.True(waited.Elapsed < (patience ?? Patience), $"timed out waiting for {what}; listen logged:\n{string.Join('\n', _child.LogSoFar.TakeLast(20))}");
            await Task.Delay(100);
        }
    }

    /// <summary>SIGTERM, then what it printed and its exit code.</summary>
    public async Task<CliResult> StopAsync()
    {
        _child.Terminate();
        return await _child.WaitForCliAsync();
    }

    /// <summary>Kills the listener if it still runs.</summary>
    public async ValueTask DisposeAsync()
    {
        await _child.DisposeAsync();
        _http.Dispose();
    }
}
