using System.Globalization;
using System.Text.Json;
using Qtickets.Simulator.Data;

namespace Qtickets.Simulator.Json;

/// <summary>
/// Writes seat records, honouring <c>select</c>. Flat: <c>{"data": {"&lt;seat_id&gt;": seat}}</c>.
/// Hierarchical: <c>{"data": {"&lt;zone_id&gt;": {"zone_id", "name", "admission", "seats": {"&lt;seat_id&gt;": seat}}}}</c>,
/// where (as a tolerance exercise) <c>price</c> comes as a string like <c>"1500.00"</c>. Without <c>select</c> the
/// answer is what the real tenant gave: zones whose seats, keyed <c>row;place</c>, carry only <c>seat_id</c> and
/// <c>admission</c>, no counts.
/// </summary>
internal static class SeatJsonWriter
{
    public static void WriteWithoutSelect(Utf8JsonWriter writer, IEnumerable<SeatRecord> seats)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("data");
        foreach (var zone in seats.GroupBy(s => s.Zone))
        {
            writer.WriteStartObject(zone.Key.Code);
            writer.WriteString("zone_id", zone.Key.Code);
            writer.WriteString("name", zone.Key.Name);
            writer.WriteString("description", string.Empty);
            writer.WriteStartObject("seats");
            foreach (var seat in zone)
            {
                writer.WriteStartObject(Invariant($"{seat.Row};{seat.Place}"));
                writer.WriteString("seat_id", seat.Id);
                writer.WriteBoolean("admission", zone.Key.Admission);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static void WriteFlat(Utf8JsonWriter writer, IEnumerable<SeatRecord> seats, IReadOnlyList<string> columns)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("data");
        foreach (var seat in seats)
        {
            writer.WritePropertyName(seat.Id);
            WriteSeat(writer, seat, columns, priceAsString: false);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static void WriteHierarchy(Utf8JsonWriter writer, IEnumerable<SeatRecord> seats, IReadOnlyList<string> columns)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("data");
        foreach (var zone in seats.GroupBy(s => s.Zone))
        {
            writer.WriteStartObject(zone.Key.Code);
            writer.WriteString("zone_id", zone.Key.Code);
            writer.WriteString("name", zone.Key.Name);
            writer.WriteBoolean("admission", zone.Key.Admission);
            writer.WriteStartObject("seats");
            foreach (var seat in zone)
            {
                writer.WritePropertyName(seat.Id);
                WriteSeat(writer, seat, columns, priceAsString: true);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteSeat(Utf8JsonWriter writer, SeatRecord seat, IReadOnlyList<string> columns, bool priceAsString)
    {
        writer.WriteStartObject();
        foreach (var column in columns)
        {
            WriteColumn(writer, seat, column, priceAsString);
        }

        writer.WriteEndObject();
    }

    private static void WriteColumn(Utf8JsonWriter writer, SeatRecord seat, string column, bool priceAsString)
    {
        var zone = seat.Zone;
        switch (column)
        {
            case "id" or "seat_id": writer.WriteString(column, seat.Id); break;
            case "name": writer.WriteString(column, seat.Name); break;
            case "zone_id": writer.WriteString(column, zone.Code); break;
            case "short_seat_id": writer.WriteString(column, Invariant($"{seat.Row};{seat.Place}")); break;
            case "admission": writer.WriteBoolean(column, zone.Admission); break;
            case "row": WriteRowOrPlace(writer, column, zone.Admission, seat.Row); break;
            case "place": WriteRowOrPlace(writer, column, zone.Admission, seat.Place); break;
            case "max_quantity": writer.WriteNumber(column, seat.MaxQuantity); break;
            case "free_quantity": writer.WriteNumber(column, seat.FreeQuantity); break;
            case "ordered_quantity": writer.WriteNumber(column, seat.OrderedQuantity); break;
            case "available": writer.WriteBoolean(column, seat.Available); break;
            case "disabled": writer.WriteBoolean(column, seat.Disabled); break;
            case "ordered": writer.WriteBoolean(column, seat.OrderedQuantity > 0); break;
            case "payed_quantity": writer.WriteNumber(column, seat.PayedQuantity); break;
            case "in_basket_quantity": writer.WriteNumber(column, 0); break;
            case "price": JsonFormat.WriteMoney(writer, column, zone.Price, priceAsString); break;
            case "currency_id": writer.WriteString(column, "RUB"); break;
            case "color_theme_id": writer.WriteNumber(column, zone.ColorThemeId); break;
            default: writer.WriteNull(column); break;
        }
    }

    private static void WriteRowOrPlace(Utf8JsonWriter writer, string column, bool admission, int value)
    {
        if (admission)
        {
            writer.WriteNull(column);
        }
        else
        {
            writer.WriteString(column, value.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
