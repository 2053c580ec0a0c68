using Qtickets.Api.Models;

namespace Qtickets.Api.Orders;

/// <summary>
/// The orders of one page that match the query (re-filtered locally, each order id at most once per stream);
/// <see cref="RecordsOnPage"/> counts every record the page held.
/// </summary>
public sealed record OrderBatch(IReadOnlyList<Order> Orders, int Page, OrderFetchMode Mode, int RecordsOnPage);
