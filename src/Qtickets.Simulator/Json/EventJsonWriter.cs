using System.Globalization;
using System.Text.Json;
using Qtickets.Simulator.Data;

namespace Qtickets.Simulator.Json;

/// <summary>Writes an event with its city object and shows; show dates in the city's offset.</summary>
internal static class EventJsonWriter
{
    public static void Write(Utf8JsonWriter writer, EventModel model, IReadOnlyList<ShowModel> shows)
    {
        var moscow = TimeMath.Moscow;
        writer.WriteStartObject();
        writer.WriteNumber("id", model.Id);
        writer.WriteString("name", model.Name);
        writer.WriteNumber("is_active", model.IsActive ? 1 : 0);
        JsonFormat.WriteTime(writer, "deleted_at", model.DeletedAt, moscow);
        JsonFormat.WriteTime(writer, "created_at", model.CreatedAt, moscow);
        JsonFormat.WriteTime(writer, "updated_at", model.UpdatedAt, moscow);
        writer.WriteString("currency_id", "RUB");
        writer.WriteNumber("city_id", model.City.Id);
        writer.WriteStartObject("city");
        writer.WriteNumber("id", model.City.Id);
        writer.WriteString("name", model.City.Name);
        writer.WriteString("timezone", model.City.Timezone);
        writer.WriteEndObject();
        writer.WriteString("place_name", model.Venue.Name);
        writer.WriteString("place_address", model.Venue.Address);
        writer.WriteString("place_description", model.Venue.Description);
        writer.WriteString("age", model.Age);
        writer.WriteNumber("event_type_id", model.EventTypeId);
        writer.WriteString("external_id", model.ExternalId);
        writer.WriteString("site_url", "https://qtickets.ru/event/" + model.Id.ToString(CultureInfo.InvariantCulture));
        writer.WriteStartArray("shows");
        foreach (var showIndex in model.ShowIndexes)
        {
            WriteShow(writer, model, shows[showIndex]);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteShow(Utf8JsonWriter writer, EventModel model, ShowModel show)
    {
        var local = model.City.UtcOffset;
        writer.WriteStartObject();
        writer.WriteNumber("id", show.Id);
        writer.WriteString("name", TimeMath.ToOffset(show.Start, local).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture));
        writer.WriteNumber("is_active", show.IsActive ? 1 : 0);
        JsonFormat.WriteTime(writer, "start_date", show.Start, local);
        JsonFormat.WriteTime(writer, "finish_date", show.Finish, local);
        JsonFormat.WriteTime(writer, "open_date", show.Start - TimeMath.Hour, local);
        JsonFormat.WriteTime(writer, "sale_start_date", show.SaleStart, local);
        JsonFormat.WriteTime(writer, "sale_finish_date", show.Start, local);
        writer.WriteNumber("min_price", model.Zones.Min(z => z.Price));
        writer.WriteNumber("max_price", model.Zones.Max(z => z.Price));
        WritePrices(writer, model, show);
        WriteSchemeProperties(writer, model, show);
        JsonFormat.WriteTime(writer, "created_at", show.CreatedAt, TimeMath.Moscow);
        JsonFormat.WriteTime(writer, "updated_at", show.UpdatedAt, TimeMath.Moscow);
        JsonFormat.WriteTime(writer, "deleted_at", model.DeletedAt, TimeMath.Moscow);
        writer.WriteEndObject();
    }

    private static void WritePrices(Utf8JsonWriter writer, EventModel model, ShowModel show)
    {
        writer.WriteStartArray("prices");
        foreach (var zone in model.Zones)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", (show.Id * 10) + zone.PriceId);
            writer.WriteNumber("default_price", zone.Price);
            writer.WriteNumber("color_theme", zone.ColorThemeId);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>An object for some shows and PHP's empty <c>[]</c> for others: parse it tolerantly.</summary>
    private static void WriteSchemeProperties(Utf8JsonWriter writer, EventModel model, ShowModel show)
    {
        if (!show.FlatSeats)
        {
            JsonFormat.WriteEmptyPhpArray(writer, "scheme_properties");
            return;
        }

        writer.WriteStartObject("scheme_properties");
        writer.WriteStartObject("zones");
        foreach (var zone in model.Zones)
        {
            writer.WriteStartObject(zone.Code);
            writer.WriteString("disabled", "0");
            writer.WriteString("price_id", "#" + (zone.PriceId - 1).ToString(CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
