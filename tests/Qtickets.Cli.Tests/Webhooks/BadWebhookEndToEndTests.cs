using System.Net;
using System.Text;
using System.Text.Json;
using Qtickets.Cli.Routine;
using Qtickets.ClickHouse.Testing;
using Qtickets.TestUtilities;
using Qtickets.TestUtilities.Webhooks;

namespace Qtickets.Cli.Tests.Webhooks;

/// <summary>
/// The three bad requests against `listen` with the real applier and the real ClickHouse: a forged signature (401), a
/// body over 1 MB (413) and a signed body that is not one JSON object (400) leave every table of the database as it
/// was, by the fingerprint smoke and verify take (rows, a hash of all rows and the last insert block of each table).
/// The same order rightly signed then does change it, so the check can see a write.
/// </summary>
public sealed class BadWebhookEndToEndTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>, IDisposable
{
    private const int Limit = 1 << 20;
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_forged_signature_an_oversized_body_and_a_signed_malformed_body_get_401_413_400_and_change_no_table()
    {
        await using var stack = await WebhookStack.StartAsync(clickHouse, _temp, 23);
        var order = await LatestOrderJsonAsync(stack);
        var oversized = Padded(order, Limit + 1);
        var malformed = order[..^1];
        var before = await SnapshotAsync(stack.Database);

        using var forged = await stack.PostAsync(new ByteArrayContent(order), Signed.Signature(order, "not-the-shared-secret"));
        using var tooLarge = await stack.PostAsync(new ByteArrayContent(oversized), Signed.Signature(oversized, WebhookStack.Secret));
        using var broken = await stack.PostAsync(new ByteArrayContent(malformed), Signed.Signature(malformed, WebhookStack.Secret));
        // Longer than the batching window: anything wrongly handed to the applier would be stored by now.
        await Task.Delay(500);
        var after = await SnapshotAsync(stack.Database);

        Assert.Equal(
            (HttpStatusCode.Unauthorized, HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.BadRequest),
            (forged.StatusCode, tooLarge.StatusCode, broken.StatusCode));
        Assert.Empty(before.ChangedIn(after));

        using var signed = await stack.PostAsync(new ByteArrayContent(order), Signed.Signature(order, WebhookStack.Secret));
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Contains("stg_qtickets_api_orders_raw", before.ChangedIn(await SnapshotAsync(stack.Database)));

        Assert.Equal(0, await stack.StopListenerAsync());
        var metrics = await ListenerMetricsAsync(stack.Database);
        Assert.Equal((1L, 1L, 1L, 1L), (Count(metrics, "unauthorized"), Count(metrics, "too_large"), Count(metrics, "malformed"), Count(metrics, "applied")));
    }

    /// <summary>The latest loaded sale exactly as the API returns it in <c>data</c>: a body QTickets would send.</summary>
    private static async Task<byte[]> LatestOrderJsonAsync(WebhookStack stack)
    {
        var id = await stack.Database.Admin.QueryScalarAsync<string>(
            "SELECT order_id FROM stg_qtickets_api_orders_raw FINAL WHERE tickets_sold >= 1 ORDER BY sale_ts DESC LIMIT 1", CancellationToken.None);
        using var http = stack.Api();
        using var order = JsonDocument.Parse(await http.GetStringAsync($"orders/{id}"));
        return Encoding.UTF8.GetBytes(order.RootElement.GetProperty("data").GetRawText());
    }

    /// <summary>The order with a padding member in front, so it is still one well-formed JSON object of exactly <paramref name="size"/> bytes.</summary>
    private static byte[] Padded(byte[] order, int size)
    {
        var head = Encoding.UTF8.GetBytes("{\"padding\":\"");
        var tail = Encoding.UTF8.GetBytes("\",");
        var padding = size - head.Length - tail.Length - (order.Length - 1);
        var body = new byte[size];
        head.CopyTo(body, 0);
        body.AsSpan(head.Length, padding).Fill((byte)'x');
        tail.CopyTo(body, head.Length + padding);
        order.AsSpan(1).CopyTo(body.AsSpan(head.Length + padding + tail.Length));
        using var check = JsonDocument.Parse(body);
        Assert.Equal(JsonValueKind.Object, check.RootElement.ValueKind);
        return body;
    }

    private static Task<DatabaseSnapshot> SnapshotAsync(ClickHouseTestDatabase db) =>
        new DatabaseFingerprint(db.Admin).TakeAsync(db.Name, CancellationToken.None);

    private static async Task<JsonElement> ListenerMetricsAsync(ClickHouseTestDatabase db)
    {
        var metrics = await db.Admin.QueryScalarAsync<string>("SELECT metrics FROM meta_job_runs WHERE job = 'qtickets_webhooks'", CancellationToken.None);
        using var document = JsonDocument.Parse(metrics!);
        return document.RootElement.Clone();
    }

    private static long Count(JsonElement metrics, string name) => metrics.GetProperty(name).GetInt64();
}
