using System.Globalization;
using System.Runtime.CompilerServices;
using Qtickets.Api.Errors;
using Qtickets.Api.Parsing;

namespace Qtickets.Api.Paging;

/// <summary>
/// Reconciles one walk over the pages of a listing with <c>paging.total</c>. Every page is checked in walk order:
/// a page that is not a page of records, has no usable paging, repeats the page before it, or is empty although the
/// total promises records there ends the walk with a <see cref="QticketsWalkIncompleteException"/> ("read N of M").
/// A last page that is full may hide more records than the total said, so the walk reads on to the first empty page
/// (<see cref="ReadsOnAfter"/>), and <see cref="Finish"/> warns when more were read than any page announced; a
/// total that grew during the walk by records created meanwhile is no problem. Used by one consuming loop at a time.
/// </summary>
internal sealed class PageWalk(string dataset, string endpoint)
{
    private long _read;
    private long? _latestTotal;
    private long _largestTotal;
    private int _lastNumber;

    public long RecordsRead => _read;

    /// <summary>Checks a page in walk order and counts it; throws when the walk cannot go on past it.</summary>
    public void Accept<T>(ParsedPage<T> page, ParsedPage<T>? previous)
    {
        if (page.ShapeProblem is { } shape)
        {
            throw Incomplete(page.Number, shape);
        }

        if (page.Paging.PageCount is not { } pages)
        {
            throw Incomplete(page.Number, "'paging' is missing or has no usable total and perPage");
        }

        if (previous is not null && page.HasSameRecordsAs(previous))
        {
            throw Incomplete(page.Number, $"page {page.Number} repeats page {previous.Number}");
        }

        if (page.RecordCount == 0 && page.Number <= pages)
        {
            throw Incomplete(page.Number, $"page {page.Number} of {pages} is empty");
        }

        _read += page.RecordCount;
        _latestTotal = page.Paging.Total;
        _largestTotal = Math.Max(_largestTotal, page.Paging.Total ?? 0);
        _lastNumber = page.Number;
    }

    /// <summary>
    /// The pages after <paramref name="page"/> (accepted already), each accepted before it is handed on: up to the last
    /// one its total promises, fetched concurrently (at most <paramref name="maxInFlight"/>) and handed on in page
    /// order, then on past a full last page to the first empty one (<see cref="ReadsOnAfter"/>).
    /// </summary>
    public async IAsyncEnumerable<ParsedPage<T>> PagesAfterAsync<T>(
        ParsedPage<T> page,
        Func<int, CancellationToken, Task<ParsedPage<T>>> fetch,
        int maxInFlight,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var previous = page;
        var planned = Enumerable.Range(page.Number + 1, Math.Max(0, page.Paging.PageCount!.Value - page.Number));
        await foreach (var next in OrderedPageFetcher.FetchAsync(planned, fetch, maxInFlight, cancellationToken).ConfigureAwait(false))
        {
            Accept(next, previous);
            yield return next;
            previous = next;
        }

        while (ReadsOnAfter(previous))
        {
            var next = await fetch(previous.Number + 1, cancellationToken).ConfigureAwait(false);
            Accept(next, previous);
            yield return next;
            previous = next;
        }
    }

    /// <summary>
    /// True when the page after <paramref name="page"/> (the last one a walk planned) must be read too: its own
    /// total promises more pages (records created during the walk), or it is full, so the total may under-report.
    /// A total that is an exact multiple of the page size costs one empty page more.
    /// </summary>
    private static bool ReadsOnAfter<T>(ParsedPage<T> page) =>
        page.RecordCount > 0 && page.Paging is { PerPage: { } perPage, PageCount: { } pages } &&
        (page.Number < pages || page.RecordCount >= perPage);

    /// <summary>
    /// After a forward walk read every page: fewer records than the latest total is an incomplete walk; more than any
    /// page announced is a warning (the total under-reports).
    /// </summary>
    public FetchWarning? Finish()
    {
        if (_latestTotal is { } total && _read < total)
        {
            throw Incomplete(_lastNumber, $"the last page ended after {_read} records of the {total} announced");
        }

        return _read > _largestTotal
            ? new FetchWarning(FetchWarningKind.TotalMismatch, string.Create(CultureInfo.InvariantCulture,
                $"{dataset}: paging.total announced {_largestTotal} but {_read} records were read (read on to the first empty page)"))
            : null;
    }

    private QticketsWalkIncompleteException Incomplete(int page, string problem) =>
        new(dataset, _read, _latestTotal ?? (_largestTotal > 0 ? _largestTotal : null), page, problem, endpoint);
}
