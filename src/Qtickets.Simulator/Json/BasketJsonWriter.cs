using System.Text.Json;
using Qtickets.Simulator.Data;

namespace Qtickets.Simulator.Json;

internal static class BasketJsonWriter
{
    private static readonly TimeSpan Zone = TimeMath.Moscow;

    public static void Write(Utf8JsonWriter writer, BasketModel basket, OrderDetails order)
    {
        var asString = order.MoneyAsStrings;
        writer.WriteStartObject();
        writer.WriteNumber("id", basket.Id);
        writer.WriteString("barcode", basket.Barcode);
        writer.WriteNumber("show_id", order.Show.Id);
        writer.WriteString("seat_id", basket.SeatId);
        writer.WriteString("seat_name", basket.SeatName);
        JsonFormat.WriteMoney(writer, "original_price", basket.OriginalPrice, asString);
        JsonFormat.WriteMoney(writer, "ticket_original_price", basket.OriginalPrice, asString);
        JsonFormat.WriteNullableNumber(writer, "discount_value", basket.DiscountValue == 0 ? null : basket.DiscountValue);
        JsonFormat.WriteMoney(writer, "price", basket.Price, asString);
        JsonFormat.WriteMoney(writer, "ticket_amount", basket.Price, asString);
        writer.WriteNumber("service_fee_amount", 0);
        writer.WriteNumber("quantity", 1);
        writer.WriteNull("multiprice_code");
        writer.WriteNull("series");
        WriteHolder(writer, basket.Holder);
        writer.WriteStartArray("related_baskets");
        writer.WriteEndArray();
        JsonFormat.WriteTime(writer, "checked_at", basket.CheckedAt, Zone);
        JsonFormat.WriteTime(writer, "created_at", basket.CreatedAt, Zone);
        JsonFormat.WriteTime(writer, "updated_at", basket.UpdatedAt, Zone);
        JsonFormat.WriteTime(writer, "deleted_at", basket.DeletedAt, Zone);
        WriteRefund(writer, basket, asString);
        writer.WriteStartArray("services");
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteHolder(Utf8JsonWriter writer, Person holder)
    {
        writer.WriteString("client_email", holder.Email);
        writer.WriteString("client_phone", holder.Phone);
        writer.WriteString("client_name", holder.Name);
        writer.WriteString("client_surname", holder.Surname);
        writer.WriteString("client_middlename", holder.Middlename);
        writer.WriteNull("organization_name");
        writer.WriteNull("legal_name");
        writer.WriteNull("work_position");
        writer.WriteNull("inn");
        writer.WriteNull("kpp");
        writer.WriteNull("comment");
    }

    private static void WriteRefund(Utf8JsonWriter writer, BasketModel basket, bool asString)
    {
        JsonFormat.WriteTime(writer, "refunded_at", basket.RefundedAt, Zone);
        if (basket.RefundedAt == 0)
        {
            writer.WriteNull("refunded_amount");
            writer.WriteNull("refunded_deduction_amount");
        }
        else
        {
            JsonFormat.WriteMoney(writer, "refunded_amount", basket.RefundedAmount, asString);
            JsonFormat.WriteMoney(writer, "refunded_deduction_amount", basket.RefundedDeduction, asString);
        }

        writer.WriteStartArray("refunds");
        writer.WriteEndArray();
    }
}
