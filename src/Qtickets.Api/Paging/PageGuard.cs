using System.Globalization;
using Qtickets.Api.Parsing;

namespace Qtickets.Api.Paging;

/// <summary>
/// Pagination guards: a walk ends with a warning, instead of looping or reading garbage, on an empty page that
/// should have records, a page repeating the previous one, or a page beyond what <c>paging.total</c> allows.
/// </summary>
internal static class PageGuard
{
    public static FetchWarning? Check<T>(string dataset, ParsedPage<T> page, ParsedPage<T>? previous, int? expectedPages)
    {
        if (page.RecordCount == 0 && expectedPages is { } expected && page.Number <= expected)
        {
            return Warn(FetchWarningKind.EmptyPage, $"{dataset} page {page.Number} of {expected} is empty; the walk stops there");
        }

        if (previous is not null && page.HasSameRecordsAs(previous))
        {
            return Warn(FetchWarningKind.RepeatedPage, $"{dataset} page {page.Number} repeats page {previous.Number} (same ids); the walk stops there");
        }

        if (page.RecordCount > 0 && page.Paging.PageCount is { } allowed && page.Number > allowed)
        {
            return Warn(FetchWarningKind.TooManyPages, $"{dataset} page {page.Number} has records but paging.total {page.Paging.Total} allows only {allowed} pages of {page.Paging.PerPage}; the walk stops there");
        }

        return null;
    }

    /// <summary>A warning when a complete walk saw a different number of records than announced.</summary>
    public static FetchWarning? CheckTotal(string dataset, long seen, long? total) =>
        total is { } announced && announced != seen
            ? Warn(FetchWarningKind.TotalMismatch, $"{dataset}: the walk saw {seen} records but paging.total announced {announced}")
            : null;

    private static FetchWarning Warn(FetchWarningKind kind, FormattableString message) =>
        new(kind, message.ToString(CultureInfo.InvariantCulture));
}
