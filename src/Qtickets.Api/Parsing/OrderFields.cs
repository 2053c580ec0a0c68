using System.Text;

namespace Qtickets.Api.Parsing;

/// <summary>
/// Member names of order records as UTF-8, looked up by length first: a name costs one or a few byte comparisons.
/// The table is built once and never changes.
/// </summary>
internal static class OrderFields
{
    private static readonly (byte[] Name, OrderField Field)[][] ByLength = Build(
        ("id", OrderField.Id),
        ("uniqid", OrderField.Uniqid),
        ("payed", OrderField.Payed),
        ("payed_at", OrderField.PayedAt),
        ("created_at", OrderField.CreatedAt),
        ("updated_at", OrderField.UpdatedAt),
        ("deleted_at", OrderField.DeletedAt),
        ("client_id", OrderField.ClientId),
        ("client", OrderField.Client),
        ("event_id", OrderField.EventId),
        ("price", OrderField.Price),
        ("original_price", OrderField.OriginalPrice),
        ("currency_id", OrderField.CurrencyId),
        ("discount_id", OrderField.DiscountId),
        ("promo_code_id", OrderField.PromoCodeId),
        ("payment_type_id", OrderField.PaymentTypeId),
        ("reserved", OrderField.Reserved),
        ("reserved_to", OrderField.ReservedTo),
        ("site", OrderField.Site),
        ("utm", OrderField.Utm),
        ("refunds", OrderField.Refunds),
        ("baskets", OrderField.Baskets),
        ("barcode", OrderField.Barcode),
        ("show_id", OrderField.ShowId),
        ("seat_id", OrderField.SeatId),
        ("seat_name", OrderField.SeatName),
        ("ticket_amount", OrderField.TicketAmount),
        ("service_fee_amount", OrderField.ServiceFeeAmount),
        ("discount_value", OrderField.DiscountValue),
        ("quantity", OrderField.Quantity),
        ("multiprice_code", OrderField.MultipriceCode),
        ("checked_at", OrderField.CheckedAt),
        ("refunded_at", OrderField.RefundedAt),
        ("refunded_amount", OrderField.RefundedAmount),
        ("client_email", OrderField.ClientEmail),
        ("client_name", OrderField.ClientName),
        ("client_surname", OrderField.ClientSurname),
        ("client_phone", OrderField.ClientPhone),
        ("email", OrderField.Email),
        ("details", OrderField.Details),
        ("name", OrderField.Name),
        ("surname", OrderField.Surname),
        ("middlename", OrderField.Middlename),
        ("phone", OrderField.Phone),
        ("host", OrderField.Host),
        ("amount", OrderField.Amount),
        ("utm_source", OrderField.UtmSource),
        ("utm_medium", OrderField.UtmMedium),
        ("utm_campaign", OrderField.UtmCampaign),
        ("utm_content", OrderField.UtmContent),
        ("utm_term", OrderField.UtmTerm),
        ("source", OrderField.Source),
        ("medium", OrderField.Medium),
        ("campaign", OrderField.Campaign),
        ("content", OrderField.Content),
        ("term", OrderField.Term));

    /// <summary>The field of the property name the reader stands on; names written with escapes go to the document reader.</summary>
    public static OrderField Of(ref readonly System.Text.Json.Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
        {
            throw new UnsupportedShapeException("escaped member name");
        }

        var name = reader.ValueSpan;
        if (name.Length >= ByLength.Length)
        {
            return OrderField.Unknown;
        }

        foreach (var (candidate, field) in ByLength[name.Length])
        {
            if (name.SequenceEqual(candidate))
            {
                return field;
            }
        }

        return OrderField.Unknown;
    }

    private static (byte[] Name, OrderField Field)[][] Build(params (string Name, OrderField Field)[] fields)
    {
        var longest = fields.Max(f => f.Name.Length);
        return [.. Enumerable.Range(0, longest + 1).Select(length => fields
            .Where(f => f.Name.Length == length)
            .Select(f => (Encoding.UTF8.GetBytes(f.Name), f.Field))
            .ToArray())];
    }
}
