namespace Qtickets.Api.Errors;

/// <summary>
/// A walk over the pages of a listing ended before the pages <c>paging.total</c> promises: an empty page, a page
/// that repeats the one before, records that are not a list, <c>paging</c> missing or malformed, or fewer records
/// than announced. The records read before it are right; what is missing is named, never taken for the whole.
/// </summary>
public sealed class QticketsWalkIncompleteException : QticketsApiException
{
    public QticketsWalkIncompleteException(string dataset, long recordsRead, long? recordsExpected, int page, string problem, string endpoint)
        : base(Describe(dataset, recordsRead, recordsExpected, page, problem), endpoint)
    {
        RecordsRead = recordsRead;
        RecordsExpected = recordsExpected;
        Page = page;
        StatusCode = 200;
    }

    public long RecordsRead { get; }

    /// <summary>What <c>paging.total</c> announced; null when no page gave a usable total.</summary>
    public long? RecordsExpected { get; }

    /// <summary>The page where the walk stopped.</summary>
    public int Page { get; }

    private static string Describe(string dataset, long read, long? expected, int page, string problem) =>
        FormattableString.Invariant(
            $"{dataset}: read {read} of {(expected is { } total ? total.ToString(System.Globalization.CultureInfo.InvariantCulture) : "an unknown number of")} {dataset}; the walk stopped at page {page}: {problem}");
}
