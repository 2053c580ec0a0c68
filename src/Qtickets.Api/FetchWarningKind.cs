namespace Qtickets.Api;

/// <summary>What a <see cref="FetchWarning"/> is about.</summary>
public enum FetchWarningKind
{
    /// <summary>Records outside the filter that was asked for: the server ignored <c>where</c>.</summary>
    FilterIgnored,

    /// <summary>Records not in the order asked for: the server ignored <c>orderBy</c>.</summary>
    SortIgnored,

    /// <summary>A page size other than the <c>per_page</c> asked for.</summary>
    PageSizeIgnored,

    /// <summary>The documented GET failed and the POST fallback answered instead.</summary>
    PostFallback,

    /// <summary>A page that should have records came back empty; the walk stopped there.</summary>
    EmptyPage,

    /// <summary>A page repeated the records of the page before it; the walk stopped there.</summary>
    RepeatedPage,

    /// <summary>A page beyond what <c>ceil(total / perPage)</c> allows still had records; the walk stopped there.</summary>
    TooManyPages,

    /// <summary>A complete walk saw a different number of records than <c>paging.total</c> announced.</summary>
    TotalMismatch,

    /// <summary>The answer had <c>paging</c> without a usable <c>total</c>/<c>perPage</c>: only the first page was read.</summary>
    PagingIncomplete,

    /// <summary>Plain pages were not in ascending id order, which the backward walk relies on.</summary>
    PlainPagesUnsorted,
}
