using System.Text.Json;
using Qtickets.Simulator.Data;

namespace Qtickets.Simulator.Json;

/// <summary>A ticket sold through a partner, as <c>tickets/find</c> answers it.</summary>
internal static class PartnerTicketJsonWriter
{
    public static void Write(Utf8JsonWriter writer, OrderDetails order, BasketModel basket)
    {
        var moscow = TimeMath.Moscow;
        writer.WriteStartObject();
        writer.WriteNumber("id", basket.Id);
        writer.WriteNumber("order_id", order.Id);
        writer.WriteString("external_order_id", order.ExternalOrderId);
        writer.WriteString("external_id", basket.ExternalId);
        writer.WriteNumber("event_id", order.Event.Id);
        writer.WriteNumber("show_id", order.Show.Id);
        writer.WriteString("seat_id", basket.SeatId);
        writer.WriteString("seat_name", basket.SeatName);
        writer.WriteString("barcode", basket.Barcode);
        writer.WriteNumber("price", basket.Price);
        writer.WriteString("currency_id", "RUB");
        writer.WriteBoolean("payed", order.Payed);
        JsonFormat.WriteTime(writer, "created_at", basket.CreatedAt, moscow);
        JsonFormat.WriteTime(writer, "deleted_at", basket.DeletedAt, moscow);
        JsonFormat.WriteTime(writer, "refunded_at", basket.RefundedAt, moscow);
        JsonFormat.WriteTime(writer, "checked_at", basket.CheckedAt, moscow);
        writer.WriteEndObject();
    }
}
