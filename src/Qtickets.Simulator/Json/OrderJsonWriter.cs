using System.Text.Json;
using Qtickets.Simulator.Data;
using N = Qtickets.Simulator.Json.JsonNames;

namespace Qtickets.Simulator.Json;

/// <summary>Writes an order in the member order of the real API, Moscow-time datetimes.</summary>
internal static class OrderJsonWriter
{
    private static readonly TimeSpan Zone = TimeMath.Moscow;

    public static void Write(Utf8JsonWriter writer, OrderDetails order)
    {
        writer.WriteStartObject();
        writer.WriteNumber(N.Id, order.Id);
        writer.WriteString(N.Uniqid, order.Uniqid);
        writer.WriteBoolean(N.Payed, order.Payed);
        JsonFormat.WriteTime(writer, N.PayedAt, order.PayedAt, Zone);
        JsonFormat.WriteTime(writer, N.CreatedAt, order.CreatedAt, Zone);
        JsonFormat.WriteTime(writer, N.UpdatedAt, order.UpdatedAt, Zone);
        JsonFormat.WriteTime(writer, N.DeletedAt, order.DeletedAt, Zone);
        WriteClient(writer, order.Client);
        WriteSiteAndPayment(writer, order);
        WriteMoneyAndEvent(writer, order);
        WriteUtm(writer, order.Utm);
        writer.WriteString(N.Custom, order.Custom);
        JsonFormat.WriteEmptyPhpArray(writer, N.Fields);
        JsonFormat.WriteEmptyPhpArray(writer, N.Integrations);
        WriteRefunds(writer, order.Refunds, order.MoneyAsStrings);
        writer.WriteStartArray(N.Baskets);
        foreach (var basket in order.Baskets)
        {
            BasketJsonWriter.Write(writer, basket, order);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteRefunds(Utf8JsonWriter writer, IReadOnlyList<RefundRecord> refunds, bool moneyAsStrings)
    {
        writer.WriteStartArray(N.Refunds);
        foreach (var refund in refunds)
        {
            writer.WriteStartObject();
            writer.WriteNumber(N.Id, refund.Id);
            JsonFormat.WriteMoney(writer, N.Amount, refund.Amount, moneyAsStrings);
            JsonFormat.WriteMoney(writer, N.DeductionAmount, refund.DeductionAmount, moneyAsStrings);
            JsonFormat.WriteTime(writer, N.CreatedAt, refund.CreatedAt, Zone);
            writer.WriteStartArray(N.Baskets);
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
        writer.WriteNumber(N.ClientId, client.Id);
        writer.WritePropertyName(N.Client);
        ClientJsonWriter.Write(writer, client);
    }

    private static void WriteSiteAndPayment(Utf8JsonWriter writer, OrderDetails order)
    {
        writer.WriteNumber(N.SiteId, order.SiteId);
        writer.WriteStartObject(N.Site);
        writer.WriteNumber(N.Id, order.SiteId);
        writer.WriteString(N.Host, order.SiteHost);
        writer.WriteEndObject();
        writer.WriteNumber(N.PaymentId, 36);
        writer.WriteString(N.PaymentTypeId, order.PaymentTypeId);
        writer.WriteNull(N.PaymentCardNumber);
        writer.WriteString(N.PaymentUrl, "https://qtickets.ru/pay/" + order.Uniqid);
        writer.WriteString(N.CancelUrl, "https://qtickets.ru/cancel-order/" + order.Uniqid);
        writer.WriteNull(N.BasketUserId);
        writer.WriteNull(N.BackendUserId);
        writer.WriteNull(N.AccessCodeId);
        JsonFormat.WriteNullableNumber(writer, N.DiscountId, order.DiscountId);
        JsonFormat.WriteNullableNumber(writer, N.PromoCodeId, order.PromoCodeId);
        writer.WriteNumber(N.Reserved, order.Reserved ? 1 : 0);
        JsonFormat.WriteTime(writer, N.ReservedTo, order.ReservedTo, Zone);
        writer.WriteNumber(N.ReserveExtended, 0);
    }

    private static void WriteMoneyAndEvent(Utf8JsonWriter writer, OrderDetails order)
    {
        writer.WriteNumber(N.EventId, order.Event.Id);
        JsonFormat.WriteMoney(writer, N.Price, order.Price, order.MoneyAsStrings);
        JsonFormat.WriteMoney(writer, N.OriginalPrice, order.OriginalPrice, order.MoneyAsStrings);
        writer.WriteString(N.CurrencyId, "RUB");
    }

    private static void WriteUtm(Utf8JsonWriter writer, UtmTags? utm)
    {
        if (utm is null)
        {
            JsonFormat.WriteEmptyPhpArray(writer, N.Utm);
            return;
        }

        writer.WriteStartObject(N.Utm);
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
