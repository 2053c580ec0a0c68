using System.Globalization;

namespace Qtickets.Api.Tests.Support;

/// <summary>Builders of API-shaped JSON for tests, always written in the invariant culture.</summary>
internal static class Some
{
    public static readonly DateTimeOffset Moment = new(2025, 11, 3, 12, 0, 0, TimeSpan.FromHours(3));

    public static string Iso(DateTimeOffset value) =>
        value.ToOffset(TimeSpan.FromHours(3)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string Order(long id, bool payed = true, DateTimeOffset? updatedAt = null, DateTimeOffset? createdAt = null)
    {
        var updated = updatedAt ?? Moment;
        var created = createdAt ?? updated.AddMinutes(-5);
        return Invariant($$$"""
            {"id":{{{id}}},"uniqid":"u{{{id}}}","payed":{{{(payed ? 1 : 0)}}},"payed_at":{{{(payed ? Quote(Iso(updated)) : "null")}}},"created_at":"{{{Iso(created)}}}","updated_at":"{{{Iso(updated)}}}","deleted_at":null,"client_id":{{{id + 1000}}},"client":{"id":{{{id + 1000}}},"email":"buyer{{{id}}}@example.org","details":{"name":"Ivan","surname":"Petrov","middlename":null,"phone":"+79100000000"}},"event_id":7,"price":1500,"original_price":1500,"currency_id":"RUB","site":{"id":16,"host":"qtickets.ru"},"utm":[],"custom":"","fields":[],"integrations":[],"refunds":[],"baskets":[{"id":{{{id * 10}}},"barcode":"B{{{id}}}","show_id":70,"seat_id":"ZONE-1;{{{id}}}","seat_name":"Row 1, seat {{{id}}}","price":1500,"original_price":1500,"quantity":1,"deleted_at":null,"refunded_at":null}]}
            """);
    }

    public static string Page(IEnumerable<string> records, int perPage, int currentPage, long total) =>
        Invariant($$$"""{"data":[{{{string.Join(",", records)}}}],"paging":{"perPage":{{{perPage}}},"currentPage":{{{currentPage}}},"total":{{{total}}}}}""");

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string text) => "\"" + text + "\"";
}
