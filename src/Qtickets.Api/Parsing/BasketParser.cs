using System.Globalization;
using System.Text.Json;
using Qtickets.Api.Models;

namespace Qtickets.Api.Parsing;

/// <summary>Maps the baskets (tickets) of an order; any unreadable basket makes the whole order unreadable.</summary>
internal static class BasketParser
{
    public static (IReadOnlyList<Basket> Baskets, string? Error) ParseAll(IReadOnlyList<JsonElement> elements)
    {
        var baskets = new List<Basket>(elements.Count);
        for (var index = 0; index < elements.Count; index++)
        {
            var fields = new JsonFields(elements[index]);
            if (fields.Long("id") is not { } id)
            {
                return ([], string.Create(CultureInfo.InvariantCulture, $"basket #{index + 1} has no readable id"));
            }

            baskets.Add(Map(fields, id));
        }

        return (baskets, null);
    }

    private static Basket Map(JsonFields fields, long id) => new()
    {
        Id = id,
        Barcode = fields.String("barcode"),
        ShowId = fields.Long("show_id"),
        SeatId = fields.String("seat_id"),
        SeatName = fields.String("seat_name"),
        Price = fields.Decimal("price"),
        OriginalPrice = fields.Decimal("original_price"),
        TicketAmount = fields.Decimal("ticket_amount"),
        ServiceFeeAmount = fields.Decimal("service_fee_amount"),
        DiscountValue = fields.Decimal("discount_value"),
        Quantity = fields.Int("quantity") ?? 1,
        MultipriceCode = fields.String("multiprice_code"),
        CheckedAt = fields.Date("checked_at"),
        CreatedAt = fields.Date("created_at"),
        UpdatedAt = fields.Date("updated_at"),
        DeletedAt = fields.Date("deleted_at"),
        RefundedAt = fields.Date("refunded_at"),
        RefundedAmount = fields.Decimal("refunded_amount"),
        ClientEmail = fields.String("client_email"),
        ClientName = fields.String("client_name"),
        ClientSurname = fields.String("client_surname"),
        ClientPhone = fields.String("client_phone"),
    };
}
