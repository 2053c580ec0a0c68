using System.Globalization;
using System.Text.Json;
using Qtickets.Api.Models;

namespace Qtickets.Api.Parsing;

/// <summary>Maps one <c>/events</c> record with its city object and shows; a show without an id skips the event.</summary>
internal static class EventParser
{
    public const string Dataset = "events";

    public static ParseResult<Event> Parse(JsonElement element)
    {
        var fields = new JsonFields(element);
        if (fields.Long("id") is not { } id)
        {
            return ParseResult<Event>.Skip("missing or non-numeric id", fields.String("id"));
        }

        var shows = new List<Show>();
        foreach (var show in fields.Items("shows"))
        {
            if (ShowOf(new JsonFields(show)) is not { } parsed)
            {
                return ParseResult<Event>.Skip("a show has no readable id", id.ToString(CultureInfo.InvariantCulture));
            }

            shows.Add(parsed);
        }

        return ParseResult<Event>.Ok(Map(fields, id, shows));
    }

    private static Event Map(JsonFields fields, long id, IReadOnlyList<Show> shows) => new()
    {
        Id = id,
        Name = fields.String("name"),
        IsActive = fields.Bool("is_active"),
        CreatedAt = fields.Date("created_at"),
        UpdatedAt = fields.Date("updated_at"),
        DeletedAt = fields.Date("deleted_at"),
        CurrencyId = fields.String("currency_id"),
        City = fields.Object("city") is { } city ? new City(city.Long("id"), city.String("name"), city.String("timezone")) : null,
        ExternalId = fields.String("external_id"),
        Shows = shows,
    };

    private static Show? ShowOf(JsonFields fields) => fields.Long("id") is { } id
        ? new Show
        {
            Id = id,
            Name = fields.String("name"),
            IsActive = fields.Bool("is_active"),
            StartDate = fields.Date("start_date"),
            FinishDate = fields.Date("finish_date"),
            CreatedAt = fields.Date("created_at"),
            UpdatedAt = fields.Date("updated_at"),
            DeletedAt = fields.Date("deleted_at"),
        }
        : null;
}
