using System.Globalization;
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
    public static IReadOnlyList<FetchWarning> Check(ParsedPage<Order> page, ParsedPage<Order>? previous, int requestedPerPage, OrderFilter filter)
    {
        var warnings = new List<FetchWarning>();
        AddIfAny(warnings, FilterViolation(page, filter));
        AddIfAny(warnings, SortViolation(page, previous));
        AddIfAny(warnings, SizeViolation(page, requestedPerPage));
        return warnings;
    }

    public static bool IdsAscending(IReadOnlyList<Order> orders, long? after = null)
    {
        var last = after ?? long.MinValue;
        foreach (var order in orders)
        {
            if (order.Id <= last)
            {
                return false;
            }

            last = order.Id;
        }

        return true;
    }

    private static FetchWarning? FilterViolation(ParsedPage<Order> page, OrderFilter filter)
    {
        var outside = page.Items.Count(order => !filter.Matches(order));
        return outside == 0
            ? null
            : Warn(FetchWarningKind.FilterIgnored, $"{outside} of {page.Items.Count} orders on page {page.Number} are outside the filter ({filter.DescribeFirstMismatch(page.Items)})");
    }

    private static FetchWarning? SortViolation(ParsedPage<Order> page, ParsedPage<Order>? previous)
    {
        var after = previous?.Items.Count > 0 ? previous.Items[^1].Id : (long?)null;
        return IdsAscending(page.Items, after)
            ? null
            : Warn(FetchWarningKind.SortIgnored, $"orders on page {page.Number} are not in ascending id order as asked");
    }

    private static FetchWarning? SizeViolation(ParsedPage<Order> page, int requested)
    {
        if (page.Paging.PerPage is { } perPage && perPage != requested)
        {
            return Warn(FetchWarningKind.PageSizeIgnored, $"page {page.Number} answered perPage {perPage}, asked {requested}");
        }

        if (page.RecordCount > requested)
        {
            return Warn(FetchWarningKind.PageSizeIgnored, $"page {page.Number} holds {page.RecordCount} records, asked {requested} per page");
        }

        return page.Paging.PageCount is { } pages && page.Number < pages && page.RecordCount < requested
            ? Warn(FetchWarningKind.PageSizeIgnored, $"page {page.Number} of {pages} holds {page.RecordCount} records, asked {requested} per page")
            : null;
    }

    private static void AddIfAny(List<FetchWarning> warnings, FetchWarning? warning)
    {
        if (warning is not null)
        {
            warnings.Add(warning);
        }
    }

    private static FetchWarning Warn(FetchWarningKind kind, FormattableString message) =>
        new(kind, message.ToString(CultureInfo.InvariantCulture));
}
