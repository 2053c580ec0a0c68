using System.Text.Json;
using Qtickets.Simulator.Data;
using N = Qtickets.Simulator.Json.JsonNames;

namespace Qtickets.Simulator.Json;

internal static class BasketJsonWriter
{
    private static readonly TimeSpan Zone = TimeMath.Moscow;

    public static void Write(Utf8JsonWriter writer, BasketModel basket, OrderDetails order)
    {
        var asString = order.MoneyAsStrings;
        writer.WriteStartObject();
        writer.WriteNumber(N.Id, basket.Id);
        writer.WriteString(N.Barcode, basket.Barcode);
        writer.WriteNumber(N.ShowId, order.Show.Id);
        writer.WriteString(N.SeatId, basket.SeatId);
        writer.WriteString(N.SeatName, basket.SeatName);
        JsonFormat.WriteMoney(writer, N.OriginalPrice, basket.OriginalPrice, asString);
        JsonFormat.WriteMoney(writer, N.TicketOriginalPrice, basket.OriginalPrice, asString);
        JsonFormat.WriteNullableNumber(writer, N.DiscountValue, basket.DiscountValue == 0 ? null : basket.DiscountValue);
        JsonFormat.WriteMoney(writer, N.Price, basket.Price, asString);
        JsonFormat.WriteMoney(writer, N.TicketAmount, basket.Price, asString);
        writer.WriteNumber(N.ServiceFeeAmount, 0);
        writer.WriteNumber(N.Quantity, 1);
        writer.WriteNull(N.MultipriceCode);
        writer.WriteNull(N.Series);
        WriteHolder(writer, basket.Holder);
        writer.WriteStartArray(N.RelatedBaskets);
        writer.WriteEndArray();
        JsonFormat.WriteTime(writer, N.CheckedAt, basket.CheckedAt, Zone);
        JsonFormat.WriteTime(writer, N.CreatedAt, basket.CreatedAt, Zone);
        JsonFormat.WriteTime(writer, N.UpdatedAt, basket.UpdatedAt, Zone);
        JsonFormat.WriteTime(writer, N.DeletedAt, basket.DeletedAt, Zone);
        WriteRefund(writer, basket, asString);
        writer.WriteStartArray(N.Services);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteHolder(Utf8JsonWriter writer, Person holder)
    {
        writer.WriteString(N.ClientEmail, holder.Email);
        writer.WriteString(N.ClientPhone, holder.Phone);
        writer.WriteString(N.ClientName, holder.Name);
        writer.WriteString(N.ClientSurname, holder.Surname);
        writer.WriteString(N.ClientMiddlename, holder.Middlename);
        writer.WriteNull(N.OrganizationName);
        writer.WriteNull(N.LegalName);
        writer.WriteNull(N.WorkPosition);
        writer.WriteNull(N.Inn);
        writer.WriteNull(N.Kpp);
        writer.WriteNull(N.Comment);
    }

    private static void WriteRefund(Utf8JsonWriter writer, BasketModel basket, bool asString)
    {
        JsonFormat.WriteTime(writer, N.RefundedAt, basket.RefundedAt, Zone);
        if (basket.RefundedAt == 0)
        {
            writer.WriteNull(N.RefundedAmount);
            writer.WriteNull(N.RefundedDeductionAmount);
        }
        else
        {
            JsonFormat.WriteMoney(writer, N.RefundedAmount, basket.RefundedAmount, asString);
            JsonFormat.WriteMoney(writer, N.RefundedDeductionAmount, basket.RefundedDeduction, asString);
        }

        writer.WriteStartArray(N.Refunds);
        writer.WriteEndArray();
    }
}
