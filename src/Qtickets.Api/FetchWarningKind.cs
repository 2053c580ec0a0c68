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

    /// <summary>More records than <c>paging.total</c> announced: the walk read on to the first empty page.</summary>
    TotalMismatch,

    /// <summary>The same order id came more than once in a run; the copy read last is kept.</summary>
    DuplicateOrder,

    /// <summary>Plain pages were not in ascending id order, which the backward walk relies on.</summary>
    PlainPagesUnsorted,
}
