using System.Globalization;
using System.Text.Json;
using Qtickets.Api.Http;
using Qtickets.Api.Models;
using Qtickets.Api.Parsing;

namespace Qtickets.Api;

public sealed partial class QticketsClient
{
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

        var request = new ApiRequest(HttpMethod.Get, $"shows/{Id(showId)}/barcodes");
        using var document = await Transport.SendAsync(request, cancellationToken);
        var records = PageReader.Records(document.RootElement, request, Transport.Redactor);
        var (barcodes, skipped) = RecordParsing.ParseAll(records, "barcodes", CatalogueParsers.Barcode(showId));
        return new ListResult<Barcode>(barcodes, skipped, 1, null, []);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
