using System.Globalization;
using System.Text.Json;
using Qtickets.Simulator.Data;

namespace Qtickets.Simulator.Json;

/// <summary>The bare array of <c>/shows/{id}/barcodes</c>, honouring <c>select</c>.</summary>
internal static class BarcodeJsonWriter
{
    public static readonly IReadOnlyList<string> AllColumns =
    [
        "barcode", "admission", "price", "seat_name", "zone_name", "row", "place",
        "client_name", "client_surname", "client_middlename", "checked_at",
    ];

    public static void Write(Utf8JsonWriter writer, BasketModel basket, IReadOnlyList<string> columns)
    {
        writer.WriteStartObject();
        foreach (var column in columns)
        {
            WriteColumn(writer, basket, column);
        }

        writer.WriteEndObject();
    }

    private static void WriteColumn(Utf8JsonWriter writer, BasketModel basket, string column)
    {
        var admission = basket.Zone.Admission;
        switch (column)
        {
            case "barcode": writer.WriteString(column, basket.Barcode); break;
            case "admission": writer.WriteBoolean(column, admission); break;
            case "price": writer.WriteNumber(column, basket.Price); break;
            case "seat_name": writer.WriteString(column, basket.SeatName); break;
            case "zone_name": writer.WriteString(column, basket.Zone.Name); break;
            case "row": writer.WriteString(column, admission ? null : basket.Row.ToString(CultureInfo.InvariantCulture)); break;
            case "place": writer.WriteString(column, admission ? null : basket.Place.ToString(CultureInfo.InvariantCulture)); break;
            case "client_name": writer.WriteString(column, basket.Holder.Name); break;
            case "client_surname": writer.WriteString(column, basket.Holder.Surname); break;
            case "client_middlename": writer.WriteString(column, basket.Holder.Middlename); break;
            case "checked_at": JsonFormat.WriteTime(writer, column, basket.CheckedAt, TimeMath.Moscow); break;
            default: writer.WriteNull(column); break;
        }
    }
}
