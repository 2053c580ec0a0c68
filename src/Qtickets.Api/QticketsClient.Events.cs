using System.Globalization;
using Qtickets.Api.Http;
using Qtickets.Api.Models;
using Qtickets.Api.Paging;
using Qtickets.Api.Parsing;
using Qtickets.Api.Query;

namespace Qtickets.Api;

public sealed partial class QticketsClient
{
    private static readonly ListSpec EventsSpec = new(EventParser.Dataset, "events", [WhereClause.IsNull("deleted_at")]);

    public async Task<ListResult<Event>> GetEventsAsync(CancellationToken cancellationToken) =>
        InStubMode()
            ? ListResult<Event>.Empty
            : await Lists.FetchAllAsync(EventsSpec, EventParser.Parse, static e => e.DeletedAt is null, cancellationToken).ConfigureAwait(false);

    public async Task<Event?> GetEventAsync(long eventId, CancellationToken cancellationToken) =>
        InStubMode()
            ? null
            : await GetSingleAsync(new ApiRequest(HttpMethod.Get, $"events/{eventId.ToString(CultureInfo.InvariantCulture)}"), EventParser.Parse, cancellationToken).ConfigureAwait(false);

    private async Task<T> GetSingleAsync<T>(ApiRequest request, Func<System.Text.Json.JsonElement, ParseResult<T>> parse, CancellationToken cancellationToken)
        where T : class
    {
        using var document = await Transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var record = PageReader.Single(document.RootElement, request, Transport.Redactor);
        var result = RecordParsing.ParseOne(record, parse);
        return result.Value ?? throw ShapeError.Create(request.Endpoint, $"the record is unreadable ({result.Error})", document.RootElement, Transport.Redactor);
    }
}
