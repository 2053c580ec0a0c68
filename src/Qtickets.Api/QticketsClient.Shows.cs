using System.Globalization;
using System.Text.Json;
using Qtickets.Api.Http;
using Qtickets.Api.Models;
using Qtickets.Api.Parsing;

namespace Qtickets.Api;

public sealed partial class QticketsClient
{
    /// <summary>Barcodes per list handed on by <see cref="StreamBarcodesAsync"/>.</summary>
    public const int BarcodeChunkSize = 1_000;

    public async Task<ListResult<Seat>> GetSeatsAsync(long showId, CancellationToken cancellationToken)
    {
        if (InStubMode())
        {
            return ListResult<Seat>.Empty;
        }

        var request = new ApiRequest(HttpMethod.Get, $"shows/{Id(showId)}/seats");
        using var document = await Transport.SendAsync(request, cancellationToken);
        var root = document.RootElement;
        var data = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var inner) ? inner : root;
        var (seats, skipped) = SeatParser.ParseAll(data);
        return new ListResult<Seat>(seats, skipped, 1, null, []);
    }

    public async Task<ListResult<Barcode>> GetBarcodesAsync(long showId, CancellationToken cancellationToken)
    {
        if (InStubMode())
        {
            return ListResult<Barcode>.Empty;
        }

        using var records = await BarcodeRecordsAsync(showId, cancellationToken);
        var (barcodes, skipped) = RecordParsing.ParseAll(records, "barcodes", CatalogueParsers.Barcode(showId));
        return new ListResult<Barcode>(barcodes, skipped, 1, null, []);
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

        using var records = await BarcodeRecordsAsync(showId, cancellationToken);
        var skipped = await RecordParsing.ParseInChunksAsync(
            records, "barcodes", CatalogueParsers.Barcode(showId), BarcodeChunkSize, onChunk, cancellationToken);
        return new ListResult<Barcode>([], skipped, 1, null, []);
    }

    /// <summary>The records of a show's barcode list, read lazily (see <see cref="RecordSlices"/>).</summary>
    private Task<RecordSlices> BarcodeRecordsAsync(long showId, CancellationToken cancellationToken)
    {
        var request = new ApiRequest(HttpMethod.Get, $"shows/{Id(showId)}/barcodes");
        return Transport.SendAsync(request, retry: true, body => RecordSlices.Read(body, request, Transport.Redactor), cancellationToken);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
