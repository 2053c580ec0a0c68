using Qtickets.Api.Models;

namespace Qtickets.Api.Orders;

/// <summary>
/// The orders of one page that match the query (re-filtered locally); <see cref="RecordsOnPage"/> counts every
/// record the page held. <see cref="ObservedAt"/> is when the page was read: the version of its orders' rows, so a
/// later observation of an order always replaces an earlier one. <see cref="SeenBefore"/>: ids of this batch that
/// the same stream handed on before (the copy read last wins).
/// </summary>
public sealed record OrderBatch(IReadOnlyList<Order> Orders, int Page, OrderFetchMode Mode, int RecordsOnPage, DateTimeOffset ObservedAt)
{
    public IReadOnlySet<long> SeenBefore { get; init; } = new HashSet<long>();
}
