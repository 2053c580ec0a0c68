using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Qtickets.Simulator.Data;
using Qtickets.Simulator.Json;

namespace Qtickets.Simulator.Http;

/// <summary>
/// The distributor-side Partners API (read endpoints): <c>{"status": "success", "result": ...}</c>, and
/// every error as HTTP 200 with <c>{"status": "error", "code", "message"}</c>.
/// </summary>
internal sealed partial class PartnersApi
{
    private readonly Dataset _data;
    private readonly string _token;
    private readonly BasketLookup _baskets;

    public PartnersApi(Dataset data, OrderDetailsGenerator generator, string token)
    {
        _data = data;
        _token = token;
        _baskets = new BasketLookup(data, generator);
    }

    public Task HandleAsync(ApiRequest request)
    {
        if (!BearerAuth.IsValid(request.Http.Request, _token))
        {
            return Responses.WritePartnersErrorAsync(request.Http, "WRONG_AUTHORIZATION", "Wrong authorization", request.Aborted);
        }

        return request.Route.Endpoint switch
        {
            Endpoint.PartnersEventsList => WriteResultAsync(request, WriteEventsList),
            Endpoint.PartnersSeatmap => WithShowsAsync(request, WriteSeatmap),
            Endpoint.PartnersOffers => WithShowsAsync(request, WriteOffers),
            _ => FindTicketsAsync(request),
        };
    }

    private static Task WriteResultAsync(ApiRequest request, Action<Utf8JsonWriter> writeResult) =>
        Responses.WriteJsonAsync(
            request.Http,
            200,
            w =>
            {
                w.WriteStartObject();
                w.WriteString("status", "success");
                w.WritePropertyName("result");
                writeResult(w);
                w.WriteEndObject();
            },
            truncate: false,
            request.Aborted);

    private void WriteEventsList(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var model in _data.Events.Where(e => e.IsActive && !e.IsDeleted))
        {
            foreach (var show in model.ShowIndexes.Select(i => _data.Shows[i]).Where(s => s.Start > _data.Anchor))
            {
                WriteListedShow(writer, model, show);
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteListedShow(Utf8JsonWriter writer, EventModel model, ShowModel show)
    {
        writer.WriteStartObject();
        writer.WriteNumber("event_id", model.Id);
        writer.WriteNumber("show_id", show.Id);
        writer.WriteString("event_name", model.Name);
        JsonFormat.WriteTime(writer, "start_date", show.Start, model.City.UtcOffset);
        JsonFormat.WriteTime(writer, "finish_date", show.Finish, model.City.UtcOffset);
        WriteScheme(writer, model, zones: false);
        writer.WriteEndObject();
        writer.WriteStartObject("city");
        writer.WriteNumber("id", model.City.Id);
        writer.WriteString("name", model.City.Name);
        writer.WriteString("timezone", model.City.Timezone);
        writer.WriteStartArray("coords");
        writer.WriteNumberValue(model.City.Latitude);
        writer.WriteNumberValue(model.City.Longitude);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteBoolean("fanid_required", false);
        writer.WriteStartArray("integrations");
        writer.WriteEndArray();
        writer.WriteString("last_update_hash", UpdateHash(model, show));
        writer.WriteEndObject();
    }

    /// <summary>Opens the <c>scheme</c> object; the caller closes it.</summary>
    private static void WriteScheme(Utf8JsonWriter writer, EventModel model, bool zones)
    {
        writer.WriteStartObject("scheme");
        writer.WriteNumber("id", model.Venue.Id + 1000);
        writer.WriteNumber("venue_id", model.Venue.Id);
        writer.WriteString("place_name", model.Venue.Name);
        writer.WriteString("place_address", model.Venue.Address);
        writer.WriteString("place_description", model.Venue.Description);
        if (!zones)
        {
            return;
        }

        writer.WriteStartArray("zones");
        foreach (var zone in model.Zones)
        {
            writer.WriteStartObject();
            writer.WriteString("zone_id", zone.Code);
            writer.WriteString("name", zone.Name);
            writer.WriteString("description", string.Empty);
            writer.WriteBoolean("admission", zone.Admission);
            writer.WriteNumber("seats_count", zone.SeatRecords);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private Task WithShowsAsync(ApiRequest request, Action<Utf8JsonWriter, EventModel, IReadOnlyList<ShowModel>> write)
    {
        var arguments = request.Route.Arguments;
        if (!TryInt(arguments[0], out var eventId) || !_data.EventById.TryGetValue(eventId, out var eventIndex))
        {
            return Responses.WritePartnersErrorAsync(request.Http, "EVENT_NOT_FOUND", "Event not found", request.Aborted);
        }

        var model = _data.Events[eventIndex];
        var shows = model.ShowIndexes.Select(i => _data.Shows[i]).ToList();
        if (arguments.Count > 1)
        {
            shows = shows.Where(s => TryInt(arguments[1], out var showId) && s.Id == showId).ToList();
            if (shows.Count == 0)
            {
                return Responses.WritePartnersErrorAsync(request.Http, "SHOW_NOT_FOUND", "Show not found", request.Aborted);
            }
        }

        return WriteResultAsync(request, w => write(w, model, shows));
    }

    private void WriteSeatmap(Utf8JsonWriter writer, EventModel model, IReadOnlyList<ShowModel> shows)
    {
        writer.WriteStartArray();
        foreach (var show in shows)
        {
            writer.WriteStartObject();
            writer.WriteNumber("event_id", model.Id);
            writer.WriteNumber("show_id", show.Id);
            WriteScheme(writer, model, zones: true);
            writer.WriteEndObject();
            writer.WriteStartArray("seats");
            foreach (var seat in SeatGenerator.Generate(_data, show))
            {
                writer.WriteStartObject();
                writer.WriteString("seat_id", seat.Id);
                writer.WriteString("zone_id", seat.Zone.Code);
                writer.WriteString("name", seat.Name);
                writer.WriteBoolean("admission", seat.Zone.Admission);
                writer.WriteNumber("max_quantity", seat.MaxQuantity);
                writer.WriteBoolean("disabled", seat.Disabled);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>One offer per price zone and show; each seat with <c>available</c>, admission seats with <c>free_quantity</c>.</summary>
    private void WriteOffers(Utf8JsonWriter writer, EventModel model, IReadOnlyList<ShowModel> shows)
    {
        writer.WriteStartArray();
        foreach (var show in shows)
        {
            var seats = SeatGenerator.Generate(_data, show);
            foreach (var zone in model.Zones)
            {
                writer.WriteStartObject();
                writer.WriteNumber("offer_id", (show.Id * 10) + zone.PriceId);
                writer.WriteNumber("show_id", show.Id);
                writer.WriteString("name", zone.Name);
                writer.WriteNumber("price", zone.Price);
                writer.WriteString("currency_id", "RUB");
                writer.WriteStartArray("seats");
                foreach (var seat in seats.Where(s => s.Zone == zone && !s.Disabled))
                {
                    WriteOfferSeat(writer, seat);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteOfferSeat(Utf8JsonWriter writer, SeatRecord seat)
    {
        writer.WriteStartObject();
        writer.WriteString("seat_id", seat.Id);
        writer.WriteBoolean("available", seat.Available);
        writer.WriteBoolean("admission", seat.Zone.Admission);
        if (seat.Zone.Admission)
        {
            writer.WriteNumber("free_quantity", seat.FreeQuantity);
        }

        writer.WriteEndObject();
    }

    private static string UpdateHash(EventModel model, ShowModel show)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{model.Id}:{show.Id}:{model.UpdatedAt}:{show.UpdatedAt}");
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static bool TryInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
