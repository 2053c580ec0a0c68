using System.Text.Json;
using Qtickets.Api.Models;

namespace Qtickets.Api.Parsing;

/// <summary>Maps the catalogue records (clients, price shades, discounts, promo codes), keeping their raw JSON.</summary>
internal static class CatalogueParsers
{
    public static ParseResult<Client> Client(JsonElement element) => WithId<Client>(element, (fields, id) => new Client
    {
        Id = id,
        Email = fields.String("email"),
        Details = DetailsOf(fields.Object("details") ?? fields),
        CreatedAt = fields.Date("created_at"),
        UpdatedAt = fields.Date("updated_at"),
        RawJson = element.GetRawText(),
    });

    private static ClientDetails DetailsOf(JsonFields details) =>
        new(details.String("name"), details.String("surname"), details.String("middlename"), details.String("phone"));

    public static ParseResult<PriceShade> PriceShade(JsonElement element) => WithId<PriceShade>(element, (fields, id) =>
        new PriceShade(id, fields.String("color"), fields.String("name"), element.GetRawText()));

    public static ParseResult<Discount> Discount(JsonElement element) => WithId<Discount>(element, (fields, id) => new Discount
    {
        Id = id,
        Name = fields.String("name"),
        Type = fields.String("type"),
        Value = fields.Decimal("value") ?? fields.Decimal("amount"),
        IsActive = fields.Bool("is_active"),
        CreatedAt = fields.Date("created_at"),
        UpdatedAt = fields.Date("updated_at"),
        DeletedAt = fields.Date("deleted_at"),
        RawJson = element.GetRawText(),
    });

    public static ParseResult<PromoCode> PromoCode(JsonElement element) => WithId<PromoCode>(element, (fields, id) => new PromoCode
    {
        Id = id,
        Code = fields.String("code"),
        Name = fields.String("name"),
        Type = fields.String("type"),
        Value = fields.Decimal("value") ?? fields.Decimal("amount"),
        IsActive = fields.Bool("is_active"),
        CreatedAt = fields.Date("created_at"),
        UpdatedAt = fields.Date("updated_at"),
        DeletedAt = fields.Date("deleted_at"),
        RawJson = element.GetRawText(),
    });

    private static ParseResult<T> WithId<T>(JsonElement element, Func<JsonFields, long, T> map)
        where T : class
    {
        var fields = new JsonFields(element);
        return fields.Long("id") is { } id
            ? ParseResult<T>.Ok(map(fields, id))
            : ParseResult<T>.Skip("missing or non-numeric id", fields.String("id"));
    }
}
