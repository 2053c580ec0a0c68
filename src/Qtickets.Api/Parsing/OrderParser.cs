using System.Text.Json;
using Qtickets.Api.Models;

namespace Qtickets.Api.Parsing;

/// <summary>Maps one <c>/orders</c> record; a record without a readable id, or with an unreadable basket, is skipped.</summary>
internal static class OrderParser
{
    public const string Dataset = "orders";

    public static ParseResult<Order> Parse(JsonElement element)
    {
        var fields = new JsonFields(element);
        if (fields.Long("id") is not { } id)
        {
            return ParseResult<Order>.Skip("missing or non-numeric id", fields.String("id"));
        }

        var baskets = BasketParser.ParseAll(fields.Items("baskets"));
        return baskets.Error is { } error
            ? ParseResult<Order>.Skip(error, id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : ParseResult<Order>.Ok(Map(fields, id, baskets.Baskets));
    }

    private static Order Map(JsonFields fields, long id, IReadOnlyList<Basket> baskets) => new()
    {
        Id = id,
        Uniqid = fields.String("uniqid"),
        Payed = fields.Bool("payed") ?? false,
        PayedAt = fields.Date("payed_at"),
        CreatedAt = fields.Date("created_at"),
        UpdatedAt = fields.Date("updated_at"),
        DeletedAt = fields.Date("deleted_at"),
        ClientId = fields.Long("client_id"),
        Client = ClientOf(fields.Object("client")),
        EventId = fields.Long("event_id"),
        Price = fields.Decimal("price"),
        OriginalPrice = fields.Decimal("original_price"),
        CurrencyId = fields.String("currency_id"),
        DiscountId = fields.Long("discount_id"),
        PromoCodeId = fields.Long("promo_code_id"),
        PaymentTypeId = fields.String("payment_type_id"),
        Reserved = fields.Bool("reserved"),
        ReservedTo = fields.Date("reserved_to"),
        Site = fields.Object("site") is { } site ? new OrderSite(site.Long("id"), site.String("host")) : null,
        Utm = UtmOf(fields.Object("utm")),
        Refunds = [.. fields.Items("refunds").Select(RefundOf)],
        Baskets = baskets,
    };

    internal static OrderClient? ClientOf(JsonFields? client) => client is { } c
        ? new OrderClient(c.Long("id"), c.String("email"), DetailsOf(c.Object("details") ?? c))
        : null;

    internal static ClientDetails? DetailsOf(JsonFields? details) => details is { } d
        ? new ClientDetails(d.String("name"), d.String("surname"), d.String("middlename"), d.String("phone"))
        : null;

    private static Utm UtmOf(JsonFields? utm) => utm is { } u
        ? new Utm(
            u.String("utm_source") ?? u.String("source"),
            u.String("utm_medium") ?? u.String("medium"),
            u.String("utm_campaign") ?? u.String("campaign"),
            u.String("utm_content") ?? u.String("content"),
            u.String("utm_term") ?? u.String("term"))
        : Utm.Empty;

    private static Refund RefundOf(JsonElement element)
    {
        var refund = new JsonFields(element);
        return new Refund(refund.Long("id"), refund.Decimal("amount"), refund.Date("created_at"));
    }
}
