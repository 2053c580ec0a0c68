using System.Text.Json;
using Qtickets.Simulator.Data;

namespace Qtickets.Simulator.Json;

/// <summary>Writes an order in the member order of the real API, Moscow-time datetimes.</summary>
internal static class OrderJsonWriter
{
    private static readonly TimeSpan Zone = TimeMath.Moscow;

    public static void Write(Utf8JsonWriter writer, OrderDetails order)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", order.Id);
        writer.WriteString("uniqid", order.Uniqid);
        writer.WriteBoolean("payed", order.Payed);
        JsonFormat.WriteTime(writer, "payed_at", order.PayedAt, Zone);
        JsonFormat.WriteTime(writer, "created_at", order.CreatedAt, Zone);
        JsonFormat.WriteTime(writer, "updated_at", order.UpdatedAt, Zone);
        JsonFormat.WriteTime(writer, "deleted_at", order.DeletedAt, Zone);
        WriteClient(writer, order.Client);
        WriteSiteAndPayment(writer, order);
        WriteMoneyAndEvent(writer, order);
        WriteUtm(writer, order.Utm);
        writer.WriteString("custom", order.Custom);
        JsonFormat.WriteEmptyPhpArray(writer, "fields");
        JsonFormat.WriteEmptyPhpArray(writer, "integrations");
        WriteRefunds(writer, order.Refunds, order.MoneyAsStrings);
        writer.WriteStartArray("baskets");
        foreach (var basket in order.Baskets)
        {
            BasketJsonWriter.Write(writer, basket, order);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteRefunds(Utf8JsonWriter writer, IReadOnlyList<RefundRecord> refunds, bool moneyAsStrings)
    {
        writer.WriteStartArray("refunds");
        foreach (var refund in refunds)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", refund.Id);
            JsonFormat.WriteMoney(writer, "amount", refund.Amount, moneyAsStrings);
            JsonFormat.WriteMoney(writer, "deduction_amount", refund.DeductionAmount, moneyAsStrings);
            JsonFormat.WriteTime(writer, "created_at", refund.CreatedAt, Zone);
            writer.WriteStartArray("baskets");
            foreach (var basketId in refund.BasketIds)
            {
                writer.WriteNumberValue(basketId);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteClient(Utf8JsonWriter writer, ClientModel client)
    {
        writer.WriteNumber("client_id", client.Id);
        writer.WritePropertyName("client");
        ClientJsonWriter.Write(writer, client);
    }

    private static void WriteSiteAndPayment(Utf8JsonWriter writer, OrderDetails order)
    {
        writer.WriteNumber("site_id", order.SiteId);
        writer.WriteStartObject("site");
        writer.WriteNumber("id", order.SiteId);
        writer.WriteString("host", order.SiteHost);
        writer.WriteEndObject();
        writer.WriteNumber("payment_id", 36);
        writer.WriteString("payment_type_id", order.PaymentTypeId);
        writer.WriteNull("payment_card_number");
        writer.WriteString("payment_url", "https://qtickets.ru/pay/" + order.Uniqid);
        writer.WriteString("cancel_url", "https://qtickets.ru/cancel-order/" + order.Uniqid);
        writer.WriteNull("basket_user_id");
        writer.WriteNull("backend_user_id");
        writer.WriteNull("access_code_id");
        JsonFormat.WriteNullableNumber(writer, "discount_id", order.DiscountId);
        JsonFormat.WriteNullableNumber(writer, "promo_code_id", order.PromoCodeId);
        writer.WriteNumber("reserved", order.Reserved ? 1 : 0);
        JsonFormat.WriteTime(writer, "reserved_to", order.ReservedTo, Zone);
        writer.WriteNumber("reserve_extended", 0);
    }

    private static void WriteMoneyAndEvent(Utf8JsonWriter writer, OrderDetails order)
    {
        writer.WriteNumber("event_id", order.Event.Id);
        JsonFormat.WriteMoney(writer, "price", order.Price, order.MoneyAsStrings);
        JsonFormat.WriteMoney(writer, "original_price", order.OriginalPrice, order.MoneyAsStrings);
        writer.WriteString("currency_id", "RUB");
    }

    private static void WriteUtm(Utf8JsonWriter writer, UtmTags? utm)
    {
        if (utm is null)
        {
            JsonFormat.WriteEmptyPhpArray(writer, "utm");
            return;
        }

        writer.WriteStartObject("utm");
        WriteOptional(writer, "utm_source", utm.Source);
        WriteOptional(writer, "utm_medium", utm.Medium);
        WriteOptional(writer, "utm_campaign", utm.Campaign);
        WriteOptional(writer, "utm_content", utm.Content);
        WriteOptional(writer, "utm_term", utm.Term);
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
