using Qtickets.Api.Models;
using Qtickets.Api.Parsing;

namespace Qtickets.Api.Orders;

/// <summary>
/// Does an answer honour the documented query it was asked? Every record inside the filter, ids ascending (within
/// the page and after the previous page), and the page size asked for. Each violation is a warning; any violation
/// means the server ignored the query.
/// </summary>
internal static class AnswerCheck
{
    public static IReadOnlyList<FetchWarning> Check(ParsedPage<Order> page, ParsedPage<Order>? previous, int requestedPerPage, OrderQuery query) =>
        [.. new[] { FilterViolation(page, query), SortViolation(page, previous), SizeViolation(page, requestedPerPage) }.OfType<FetchWarning>()];

    /// <summary>Ids ascend within the page and after the last order of <paramref name="previous"/>.</summary>
    public static bool IdsAscending(ParsedPage<Order> page, ParsedPage<Order>? previous)
    {
        var last = previous?.Items.Count > 0 ? previous.Items[^1].Id : long.MinValue;
        foreach (var order in page.Items)
        {
            if (order.Id <= last)
            {
                return false;
            }

            last = order.Id;
        }

        return true;
    }

    private static FetchWarning? FilterViolation(ParsedPage<Order> page, OrderQuery query) =>
        page.Items.Count(order => !query.Matches(order)) is > 0 and var outside
            ? FetchWarning.Of(FetchWarningKind.FilterIgnored, $"{outside} of {page.Items.Count} orders on page {page.Number} are outside the filter ({query.DescribeFirstMismatch(page.Items)})")
            : null;

    private static FetchWarning? SortViolation(ParsedPage<Order> page, ParsedPage<Order>? previous) => IdsAscending(page, previous)
        ? null
        : FetchWarning.Of(FetchWarningKind.SortIgnored, $"orders on page {page.Number} are not in ascending id order as asked");

    private static FetchWarning? SizeViolation(ParsedPage<Order> page, int requested)
    {
        if (page.Paging.PerPage is { } perPage && perPage != requested)
        {
            return FetchWarning.Of(FetchWarningKind.PageSizeIgnored, $"page {page.Number} answered perPage {perPage}, asked {requested}");
        }

        if (page.RecordCount > requested)
        {
            return FetchWarning.Of(FetchWarningKind.PageSizeIgnored, $"page {page.Number} holds {page.RecordCount} records, asked {requested} per page");
        }

        return page.Paging.PageCount is { } pages && page.Number < pages && page.RecordCount < requested
            ? FetchWarning.Of(FetchWarningKind.PageSizeIgnored, $"page {page.Number} of {pages} holds {page.RecordCount} records, asked {requested} per page")
            : null;
    }
}
