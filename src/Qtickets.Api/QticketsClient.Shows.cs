using System.Globalization;
using Qtickets.Api.Http;
using Qtickets.Api.Models;
using Qtickets.Api.Parsing;

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
