using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Qtickets.ClickHouse.Testing;
using Qtickets.Webhooks.Metrics;
using Qtickets.TestUtilities.Webhooks;
using Qtickets.Webhooks.Tests.Support;

namespace Qtickets.Webhooks.Tests.Http;

/// <summary>Bodies over 1 MB are 413 and not read; exactly 1 MB is fine.</summary>
public sealed class BodySizeTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>, IAsyncLifetime
{
    private const int Limit = WebhookListenerOptions.DefaultMaxBodyBytes;
    private ClickHouseTestDatabase _database = null!;
    private ListenerHost _host = null!;

    public async Task InitializeAsync()
    {
        _database = await clickHouse.CreateDatabaseAsync();
        _host = await ListenerHost.StartAsync(_database.Writer);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_declared_length_over_1_MB_is_answered_413_before_the_body_is_sent()
    {
        // Raw HTTP: the headers promise 2 MB, only 10 bytes follow. A listener that read on would wait for the rest.
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _host.Listener.Port);
        var stream = client.GetStream();
        var head = string.Create(CultureInfo.InvariantCulture, $"POST {_host.Listener.WebhookUri.AbsolutePath} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Event-Type: payed\r\nX-Model-Name: Order\r\nX-Signature: {new string('0', 40)}\r\nContent-Length: {2 * Limit}\r\n\r\n{{\"id\": 1, ");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[1024];
        var read = await stream.ReadAsync(buffer, timeout.Token);

        Assert.StartsWith("HTTP/1.1 413", Encoding.ASCII.GetString(buffer, 0, read), StringComparison.Ordinal);
        Assert.Empty(_host.Applier.Batches);
        Assert.Equal(1, _host.Listener.Metrics.Totals[WebhookCounter.TooLarge]);
    }

    [Fact]
    public async Task A_caller_that_goes_away_mid_body_reaches_nothing_and_the_listener_keeps_serving()
    {
        using (var client = new TcpClient())
        {
            await client.ConnectAsync(IPAddress.Loopback, _host.Listener.Port);
            var head = string.Create(CultureInfo.InvariantCulture, $"POST {_host.Listener.WebhookUri.AbsolutePath} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Event-Type: payed\r\nX-Model-Name: Order\r\nContent-Length: 500\r\n\r\n{{\"id\": 1, ");
            await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(head));
        }

        await Task.Delay(300);
        using var next = await _host.PostAsync(Signed.Order(2));

        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal(Signed.Order(2), Assert.Single(_host.Applier.Orders).Body);
    }

    [Fact]
    public async Task A_chunked_body_over_1_MB_is_413()
    {
        var body = Padded(Limit + 1);
        using var request = new HttpRequestMessage(HttpMethod.Post, _host.Listener.WebhookUri) { Content = new StreamContent(new MemoryStream(body)) };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Add("X-Event-Type", "payed");
        request.Headers.Add("X-Model-Name", "Order");
        request.Headers.Add("X-Signature", Signed.Signature(body));

        using var response = await SendIgnoringResetAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response?.StatusCode ?? HttpStatusCode.RequestEntityTooLarge);
        Assert.Empty(_host.Applier.Batches);
        Assert.Equal(1, _host.Listener.Metrics.Totals[WebhookCounter.TooLarge]);
    }

    [Fact]
    public async Task A_signed_body_of_exactly_1_MB_is_accepted()
    {
        using var response = await _host.PostAsync(Padded(Limit));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Limit, Assert.Single(_host.Applier.Orders).Body.Length);
    }

    [Fact]
    public async Task A_signed_body_one_byte_over_1_MB_is_413()
    {
        // Expect: 100-continue: the listener refuses on the declared length; without it the client may still be
        // writing the body when the listener closes the connection, and sees a broken pipe instead of the 413.
        using var response = await _host.PostAsync(Padded(Limit + 1), expectContinue: true);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_host.Applier.Batches);
        Assert.Equal(1, _host.Listener.Metrics.Totals[WebhookCounter.TooLarge]);
    }

    /// <summary>A JSON object of exactly <paramref name="size"/> bytes.</summary>
    private static byte[] Padded(int size)
    {
        const string Head = "{\"id\":1,\"pad\":\"";
        const string Tail = "\"}";
        return Encoding.ASCII.GetBytes(Head + new string('x', size - Head.Length - Tail.Length) + Tail);
    }

    /// <summary>The server may answer 413 and close before the client has sent everything; then the client sees a reset instead.</summary>
    private async Task<HttpResponseMessage?> SendIgnoringResetAsync(HttpRequestMessage request)
    {
        try
        {
            return await _host.Http.SendAsync(request);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}
