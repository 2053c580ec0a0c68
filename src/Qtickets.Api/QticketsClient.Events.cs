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
            : await Lists.FetchAllAsync(EventsSpec, EventParser.Parse, static e => e.DeletedAt is null, cancellationToken);

    public async Task<Event?> GetEventAsync(long eventId, CancellationToken cancellationToken) =>
        InStubMode()
            ? null
            : await GetSingleAsync(new ApiRequest(HttpMethod.Get, $"events/{eventId.ToString(CultureInfo.InvariantCulture)}"), EventParser.Parse, cancellationToken);
}
