using System.Globalization;

namespace Qtickets.Pipeline.Tests.Support;

/// <summary>
/// API answers in the shape a real tenant returned them: orders with PHP <c>[]</c> for empty objects, <c>+03:00</c>
/// timestamps, prices as strings, <c>payed</c> as 0/1; events with a city object and shows; <c>paging</c> in camel
/// case. Values are chosen by the test; members it does not name have the captured defaults.
/// </summary>
internal static class CapturedShapes
{
    public static readonly DateTimeOffset Day = new(2026, 11, 20, 14, 30, 0, TimeSpan.FromHours(3));

    public static string Stamp(DateTimeOffset value) =>
        value.ToOffset(TimeSpan.FromHours(3)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>An order (of event 7 unless told) with baskets of the given prices (JSON values, so a test can make them hostile).</summary>
    public static string Order(
        long id,
        int payed = 1,
        DateTimeOffset? payedAt = null,
        string? deletedAt = null,
        string currency = "RUB",
        string utm = "[]",
        string refunds = "[]",
        string? baskets = null,
        DateTimeOffset? updatedAt = null,
        long eventId = 7,
        params string[] prices)
    {
        var paid = payedAt ?? Day;
        var updated = updatedAt ?? paid.AddMinutes(1);
        var basketList = baskets ?? "[" + string.Join(",", (prices.Length == 0 ? ["\"1500.00\""] : prices).Select((price, index) => Basket(id * 10 + index, price, paid))) + "]";
        return Invariant($$$"""
            {"id":{{{id}}},"uniqid":"u{{{id}}}x","payed":{{{payed}}},"payed_at":"{{{Stamp(paid)}}}","created_at":"{{{Stamp(paid.AddMinutes(-7))}}}","updated_at":"{{{Stamp(updated)}}}","deleted_at":{{{(deletedAt is null ? "null" : "\"" + deletedAt + "\"")}}},"client_id":{{{id + 500}}},"client":{"id":{{{id + 500}}},"email":"buyer{{{id}}}@example.org","details":{"name":"Иван","surname":"Петров","middlename":null,"phone":"+79000000000"}},"event_id":{{{eventId}}},"price":"1500.00","original_price":"1500.00","currency_id":"{{{currency}}}","discount_id":null,"promo_code_id":null,"payment_type_id":"card","reserved":0,"reserved_to":null,"site":{"id":16,"host":"qtickets.ru"},"utm":{{{utm}}},"custom":"","fields":[],"integrations":[],"refunds":{{{refunds}}},"baskets":{{{basketList}}}}
            """);
    }

    public static string Basket(long id, string price, DateTimeOffset paid, string extra = "") => Invariant($$$"""
        {"id":{{{id}}},"barcode":"B{{{id}}}","show_id":70,"seat_id":"Z1-1;{{{id}}}","seat_name":"Ряд 1, место {{{id}}}","price":{{{price}}},"original_price":{{{price}}},"ticket_amount":{{{price}}},"service_fee_amount":"0.00","discount_value":"0.00","quantity":1,"multiprice_code":null,"created_at":"{{{Stamp(paid.AddMinutes(-7))}}}","updated_at":"{{{Stamp(paid)}}}","deleted_at":null,"refunded_at":null,"refunded_amount":"0.00","refunds":[],"services":[]{{{extra}}}}
        """);

    public static string Event(long id = 7, string city = "Москва") => Invariant($$$"""
        {"id":{{{id}}},"name":"Концерт {{{id}}}","is_active":1,"deleted_at":null,"currency_id":"RUB","city_id":1,"city":{"id":1,"name":"{{{city}}}","timezone":"Europe/Moscow"},"place_name":"Клуб","shows":[{"id":70,"name":"","is_active":1,"start_date":"2026-12-20T19:00:00+03:00","finish_date":"2026-12-20T22:00:00+03:00","deleted_at":null}]}
        """);

    public static string Page(IEnumerable<string> records, int page, long total, int perPage = 50) =>
        Invariant($$$"""{"data":[{{{string.Join(",", records)}}}],"paging":{"perPage":{{{perPage}}},"currentPage":{{{page}}},"total":{{{total}}}}}""");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
