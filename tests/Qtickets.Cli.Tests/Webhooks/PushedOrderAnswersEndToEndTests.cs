using System.Net;
using System.Text;
using System.Text.Json;
using Qtickets.Cli.Routine;
using Qtickets.ClickHouse.Testing;
using Qtickets.TestUtilities;
using Qtickets.TestUtilities.Http;
using Qtickets.TestUtilities.Webhooks;

namespace Qtickets.Cli.Tests.Webhooks;

/// <summary>
/// What `listen` with the real applier answers QTickets for an order it cannot store now (its event is unknown and
/// the API answers 503: 503, QTickets retries) and for one it must never store (outside the data contract: 200
/// <c>rejected</c>, counted), over a real ClickHouse whose every table the two leave as it was.
/// </summary>
public sealed class PushedOrderAnswersEndToEndTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>, IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task An_order_of_an_unknown_event_while_the_api_answers_503_is_refused_with_503_and_changes_no_table()
    {
        await using var stack = await WebhookStack.StartOnStubAsync(clickHouse, _temp, _ => new StubAnswer(503, "<html><body>503</body></html>", "text/html"));
        var order = Encoding.UTF8.GetBytes(Order("1500.00", "1"));
        var before = await SnapshotAsync(stack.Database);

        using var answer = await stack.PostAsync(new ByteArrayContent(order), Signed.Signature(order, WebhookStack.Secret), "payed");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.Equal("refused", await ResultAsync(answer));
        Assert.Empty(before.ChangedIn(await SnapshotAsync(stack.Database)));
        Assert.Contains(stack.Stub!.Requests, r => r.Uri.AbsolutePath.EndsWith("/events/9", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_order_outside_the_data_contract_is_200_rejected_counted_and_changes_no_table()
    {
        await using var stack = await WebhookStack.StartOnStubAsync(clickHouse, _temp, _ => StubAnswer.NotFound());
        var order = Encoding.UTF8.GetBytes(Order("-5000.00", "\"two\""));
        var before = await SnapshotAsync(stack.Database);

        using var answer = await stack.PostAsync(new ByteArrayContent(order), Signed.Signature(order, WebhookStack.Secret), "payed");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("rejected", await ResultAsync(answer));
        Assert.Empty(before.ChangedIn(await SnapshotAsync(stack.Database)));
        Assert.Empty(stack.Stub!.Requests);
        Assert.Equal(0, await stack.StopListenerAsync());
        var metrics = await stack.Database.Admin.QueryScalarAsync<string>("SELECT metrics FROM meta_job_runs WHERE job = 'qtickets_webhooks'", CancellationToken.None);
        using var counts = JsonDocument.Parse(metrics!);
        Assert.Equal((1, 0), (counts.RootElement.GetProperty("rejected").GetInt64(), counts.RootElement.GetProperty("applied").GetInt64()));
    }

    /// <summary>A paid order of event 9 as QTickets sends it: PHP <c>[]</c> for empty objects, amounts as strings, <c>+03:00</c> times.</summary>
    private static string Order(string price, string quantity) => $$$"""
        {"id":4101,"uniqid":"u4101x","payed":1,"payed_at":"2026-11-20T14:30:00+03:00","created_at":"2026-11-20T14:23:00+03:00","updated_at":"2026-11-20T14:31:00+03:00","deleted_at":null,"client_id":4601,"client":{"id":4601,"email":"buyer4101@example.org","details":{"name":"Иван","surname":"Петров","middlename":null,"phone":"+79000000000"}},"event_id":9,"price":"{{{price}}}","original_price":"{{{price}}}","currency_id":"RUB","discount_id":null,"promo_code_id":null,"payment_type_id":"card","reserved":0,"reserved_to":null,"site":{"id":16,"host":"qtickets.ru"},"utm":[],"custom":"","fields":[],"integrations":[],"refunds":[],"baskets":[{"id":41010,"barcode":"B41010","show_id":90,"seat_id":"Z1-1;1","seat_name":"Ряд 1, место 1","price":"{{{price}}}","original_price":"{{{price}}}","ticket_amount":"{{{price}}}","service_fee_amount":"0.00","discount_value":"0.00","quantity":{{{quantity}}},"multiprice_code":null,"created_at":"2026-11-20T14:23:00+03:00","updated_at":"2026-11-20T14:30:00+03:00","deleted_at":null,"refunded_at":null,"refunded_amount":"0.00","refunds":[],"services":[]}]}
        """;

    private static async Task<string?> ResultAsync(HttpResponseMessage answer)
    {
        using var body = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("result").GetString();
    }

    private static Task<DatabaseSnapshot> SnapshotAsync(ClickHouseTestDatabase db) =>
        new DatabaseFingerprint(db.Admin).TakeAsync(db.Name, CancellationToken.None);
}
