using System.Text.Json;
using Qtickets.Api.Http;
using Qtickets.Api.Models;
using Qtickets.Api.Paging;
using Qtickets.Api.Parsing;
using Qtickets.Api.Query;

namespace Qtickets.Api;

public sealed partial class QticketsClient
{
    /// <summary>Every event not deleted (<c>deleted_at null</c>, re-checked locally), all pages, with city and shows.</summary>
    public async Task<ListResult<Event>> GetEventsAsync(CancellationToken cancellationToken)
    {
        var spec = new ListSpec<Event>("events", "events", _options.RequestedPageSize, Json.Event, RecordCheck.Event)
        {
            Where = [new WhereClause("deleted_at", "null", null)],
        };
        var events = await FetchAllAsync(spec, sink: null, cancellationToken).ConfigureAwait(false);

        // The tenant may ignore the filter: deleted events are dropped here too.
        return events with { Items = [.. events.Items.Where(e => e.DeletedAt is null)] };
    }

    /// <summary>One event (<c>GET /events/{id}</c>); null in stub mode.</summary>
    public async Task<Event?> GetEventAsync(long eventId, CancellationToken cancellationToken)
    {
        if (InStubMode())
        {
            return null;
        }

        var request = new ApiRequest(HttpMethod.Get, $"events/{Id(eventId)}");
        return await Transport.SendAsync(request, retry: true, body => ReadEvent(body.Span, request.Endpoint), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The event of <c>{"data": {event}}</c>; any other answer is a shape error, an event without ids too.</summary>
    private Event ReadEvent(ReadOnlySpan<byte> body, string endpoint)
    {
        var reader = new Utf8JsonReader(body);
        var answer = reader.Read() && reader.TokenType == JsonTokenType.StartObject ? JsonSerializer.Deserialize(ref reader, Json.EventAnswerJson) : null;
        if (answer?.Data is not { } record)
        {
            throw ShapeError.Create(endpoint, "no 'data' object", body, Transport.Redactor);
        }

        var result = RecordCheck.Event(record, body);
        return result.Value ?? throw ShapeError.Create(endpoint, $"the record is unreadable ({result.Error})", body, Transport.Redactor);
    }
}
