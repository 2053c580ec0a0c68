using System.Globalization;
using System.Net;
using System.Text.Json;
using Qtickets.TestUtilities.Http;

namespace Qtickets.Api.Tests.Support;

/// <summary>
/// An in-memory QTickets tenant answering <c>/orders</c> for a stub handler: order ids 1..N created at a steady
/// rate, four in five paid (paid orders updated five minutes after creation). It honours the documented query
/// (JSON body) only in the parts it is told to; otherwise it behaves like the production tenant: plain pages of 50
/// in ascending id order chosen by the query-string <c>page</c>. Pages are computed, not stored, so 100,000 orders are cheap.
/// </summary>
internal sealed class FakeOrderTenant
{
    private long[]? _all;

    public required int OrderCount { get; init; }

    public DateTimeOffset FirstCreated { get; init; } = new(2021, 3, 1, 10, 0, 0, TimeSpan.FromHours(3));

    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(3);

    public bool HonoursWhere { get; init; }

    public bool HonoursOrderBy { get; init; }

    public bool HonoursPerPage { get; init; }

    public int DefaultPageSize { get; init; } = 50;

    /// <summary>A <c>paging.total</c> that lies (a tenant that under-reports); null: the true count.</summary>
    public long? ReportedTotal { get; init; }

    public DateTimeOffset LastCreated => CreatedAt(OrderCount);

    public DateTimeOffset CreatedAt(long id) => FirstCreated + (Interval * (id - 1));

    public static bool IsPaid(long id) => id % 5 != 0;

    public DateTimeOffset UpdatedAt(long id) => CreatedAt(id) + (IsPaid(id) ? TimeSpan.FromMinutes(5) : TimeSpan.Zero);

    /// <summary>The ground truth: ids of the orders a query should return.</summary>
    public IReadOnlyList<long> Matching(DateTimeOffset? from, DateTimeOffset? to, bool paidOnly = true) =>
        [.. All().Where(id => (!paidOnly || IsPaid(id)) && (from is null || UpdatedAt(id) >= from) && (to is null || UpdatedAt(id) < to))];

    public StubHttpMessageHandler Handler() => new(Respond);

    public HttpResponseMessage Respond(RecordedRequest request)
    {
        if (!request.Uri.AbsolutePath.EndsWith("/orders", StringComparison.Ordinal))
        {
            return StubResponse.Html(HttpStatusCode.NotFound);
        }

        using var body = request.Body is { Length: > 0 } text ? JsonDocument.Parse(text) : null;
        var ids = Select(body?.RootElement);
        var perPage = HonoursPerPage ? IntOf(body?.RootElement, "per_page") ?? IntOf(request.Query("per_page")) ?? DefaultPageSize : DefaultPageSize;
        var page = IntOf(request.Query("page")) ?? IntOf(body?.RootElement, "page") ?? 1;
        var slice = ids.Skip((page - 1) * perPage).Take(perPage).Select(OrderJson);
        return StubResponse.Json(Some.Page(slice, perPage, page, ReportedTotal ?? ids.Count));
    }

    public string OrderJson(long id) => Some.Order(id, IsPaid(id), UpdatedAt(id), CreatedAt(id));

    private IReadOnlyList<long> Select(JsonElement? query)
    {
        IEnumerable<long> ids = All();
        if (HonoursWhere && query is { } where)
        {
            ids = ids.Where(new WhereFilter(where).Matches(this));
        }

        if (HonoursOrderBy && query is { } sort && IsDescending(sort))
        {
            ids = ids.Reverse();
        }

        return ids as IReadOnlyList<long> ?? [.. ids];
    }

    private long[] All() => _all ??= [.. Enumerable.Range(1, OrderCount).Select(id => (long)id)];

    private static bool IsDescending(JsonElement query) =>
        query.TryGetProperty("orderBy", out var orderBy) && orderBy.TryGetProperty("id", out var direction) && direction.GetString() == "desc";

    private static int? IntOf(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : null;

    private static int? IntOf(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>The subset of the query language this fake understands: payed = V, updated_at &gt;= / &lt; T.</summary>
    private sealed class WhereFilter(JsonElement query)
    {
        public Func<long, bool> Matches(FakeOrderTenant tenant) => id => Clauses().All(clause => clause(tenant, id));

        private IEnumerable<Func<FakeOrderTenant, long, bool>> Clauses()
        {
            if (!query.TryGetProperty("where", out var where))
            {
                yield break;
            }

            foreach (var clause in where.EnumerateArray())
            {
                yield return Clause(clause);
            }
        }

        private static Func<FakeOrderTenant, long, bool> Clause(JsonElement clause)
        {
            var column = clause.GetProperty("column").GetString();
            var op = clause.TryGetProperty("operator", out var o) ? o.GetString() : "=";
            var value = clause.GetProperty("value");
            return (column, op) switch
            {
                ("payed", "=") => (_, id) => IsPaid(id) == (value.GetInt32() == 1),
                ("updated_at", ">=") => (t, id) => t.UpdatedAt(id) >= Moment(value),
                ("updated_at", "<") => (t, id) => t.UpdatedAt(id) < Moment(value),
                _ => throw new NotSupportedException($"fake tenant: {column} {op}"),
            };
        }

        private static DateTimeOffset Moment(JsonElement value) =>
            DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture);
    }
}
