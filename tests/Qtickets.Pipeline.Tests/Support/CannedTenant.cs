using System.Globalization;
using Qtickets.TestUtilities.Http;

namespace Qtickets.Pipeline.Tests.Support;

/// <summary>
/// A tenant whose answers a test writes by hand, served over real HTTP by a <see cref="StubApiServer"/> the way the
/// production tenant answers: the query language ignored, orders chosen by the <c>page</c> of the query string, 50
/// per page. Events, single events (<c>events/{id}</c>, as the listener asks for an event it does not know) and seats
/// as set; every other route 404 (optional datasets are then skipped).
/// </summary>
internal sealed class CannedTenant
{
    public Func<int, string> OrderPage { get; set; } = page => CapturedShapes.Page([], page, 0);

    public string Events { get; set; } = CapturedShapes.Page([CapturedShapes.Event()], 1, 1, perPage: 10);

    public Dictionary<long, string> Seats { get; } = [];

    /// <summary>The answer to <c>GET events/{id}</c> by event id; an id not here is 404.</summary>
    public Dictionary<long, StubAnswer> EventById { get; } = [];

    /// <summary>Answers <c>GET events/{id}</c> with the event as the API wraps one record: <c>{"data": {...}}</c>.</summary>
    public void SetEvent(long id, string city) => EventById[id] = StubAnswer.Json("{\"data\":" + CapturedShapes.Event(id, city) + "}");

    /// <summary>Orders in plain pages of 50 with an honest total.</summary>
    public void SetOrders(IReadOnlyList<string> orders, long? reportedTotal = null) =>
        OrderPage = page => CapturedShapes.Page(orders.Skip((page - 1) * 50).Take(50), page, reportedTotal ?? orders.Count);

    public StubAnswer Respond(RecordedRequest request)
    {
        var path = request.Uri.AbsolutePath["/api/rest/v1/".Length..];
        var page = int.TryParse(request.Query("page"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : 1;
        if (path == "orders")
        {
            return StubAnswer.Json(OrderPage(page));
        }

        if (path == "events")
        {
            return StubAnswer.Json(page == 1 ? Events : CapturedShapes.Page([], page, 1, perPage: 10));
        }

        if (path.StartsWith("events/", StringComparison.Ordinal) &&
            long.TryParse(path["events/".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var eventId))
        {
            return EventById.TryGetValue(eventId, out var single) ? single : StubAnswer.NotFound();
        }

        if (path.StartsWith("shows/", StringComparison.Ordinal) && path.EndsWith("/seats", StringComparison.Ordinal) &&
            Seats.TryGetValue(long.Parse(path.Split('/')[1], CultureInfo.InvariantCulture), out var seats))
        {
            return StubAnswer.Json(seats);
        }

        return StubAnswer.NotFound();
    }
}
