using System.Globalization;
using System.Text.Json;
using Qtickets.Api.Http;
using Qtickets.Api.Models;
using Qtickets.Api.Paging;
using Qtickets.Api.Parsing;
using Qtickets.Api.Query;

namespace Qtickets.Api;

public sealed partial class QticketsClient
{
    /// <summary>Barcodes per list handed on by <see cref="StreamBarcodesAsync"/>.</summary>
    public const int BarcodeChunkSize = 1_000;

    /// <summary>
    /// The documented seats request: the fields the capacity rule needs, flat. Asked without <c>select</c>, the real
    /// tenant answered zones whose seats carry only <c>seat_id</c> and <c>admission</c>: no counts at all.
    /// </summary>
    private const string SeatQuery = """{"select":["id","seat_id","zone_id","admission","max_quantity","free_quantity","available","disabled"],"flat":true}""";

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
            throw Transport.ShapeError(endpoint, "no 'data' object", body);
        }

        var result = RecordCheck.Event(record, body);
        return result.Value ?? throw Transport.ShapeError(endpoint, $"the record is unreadable ({result.Error})", body);
    }

    /// <summary>
    /// The seats of one show (<c>GET /shows/{id}/seats</c>) that the capacity rule needs, asked in the documented form
    /// (GET with <c>select</c> in a JSON body, POST when GET keeps failing), flattened from either the flat
    /// <c>{"&lt;seat_id&gt;": seat}</c> map or the zones/seats hierarchy. A tenant may ignore <c>select</c>: seats
    /// without counts come back without them (null), never as a guess.
    /// </summary>
    public async Task<ListResult<Seat>> GetSeatsAsync(long showId, CancellationToken cancellationToken)
    {
        if (InStubMode())
        {
            return ListResult<Seat>.Empty;
        }

        var path = $"shows/{Id(showId)}/seats";
        var (seats, skipped) = await _seatsFallback.SendAsync(
            (method, retry, token) => Transport.SendAsync(new ApiRequest(method, path, JsonBody: SeatQuery), retry, body => SeatTree.Read(body.Span), token),
            cancellationToken).ConfigureAwait(false);
        return new ListResult<Seat>(seats, skipped, 1, null, []);
    }

    /// <summary>
    /// The ticket barcodes of one show, handed to <paramref name="onChunk"/> in lists of at most
    /// <see cref="BarcodeChunkSize"/>. Why: a show of a large tenant has tens of thousands of barcodes (megabytes
    /// of JSON); parsed all at once they outlive several collections and the loader's memory grows with the show.
    /// The result holds the skipped records; its <see cref="ListResult{T}.Items"/> is empty.
    /// </summary>
    public async Task<ListResult<Barcode>> StreamBarcodesAsync(
        long showId, Func<IReadOnlyList<Barcode>, CancellationToken, ValueTask> onChunk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onChunk);
        if (InStubMode())
        {
            return ListResult<Barcode>.Empty;
        }

        var request = new ApiRequest(HttpMethod.Get, $"shows/{Id(showId)}/barcodes");
        using var list = await Transport.SendAsync(request, retry: true, body => BarcodeList.Take(body, showId, request.Endpoint), cancellationToken).ConfigureAwait(false);
        var skipped = new List<SkippedRecord>();
        while (!list.Done)
        {
            if (list.Next(BarcodeChunkSize, skipped) is { Count: > 0 } chunk)
            {
                await onChunk(chunk, cancellationToken).ConfigureAwait(false);
            }
        }

        return new ListResult<Barcode>([], skipped, 1, null, []);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
