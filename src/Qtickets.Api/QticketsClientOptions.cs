namespace Qtickets.Api;

/// <summary>Settings of the QTickets REST client: <see cref="ApiClientOptions"/>, and how pages are asked for.</summary>
public sealed record QticketsClientOptions : ApiClientOptions
{
    /// <summary>Page size of the plain-pages form, the one every tenant honours.</summary>
    public const int PlainPageSize = 50;

    /// <summary>Page requests in flight at once once <c>paging.total</c> is known.</summary>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>The <c>per_page</c> asked for in the documented query form.</summary>
    public int RequestedPageSize { get; init; } = 200;

    /// <summary>
    /// The <c>per_page</c> asked for catalogues (clients, price shades, discounts, promo codes): larger, because they
    /// are read whole and unfiltered; a tenant that ignores it costs nothing, one that honours it saves round trips.
    /// </summary>
    public int CataloguePageSize { get; init; } = 1000;

    private protected override IEnumerable<(bool Wrong, string Problem)> Checks() =>
    [
        .. base.Checks(),
        (MaxConcurrency is < 1 or > 64, $"{nameof(MaxConcurrency)} must be between 1 and 64 (got {MaxConcurrency})."),
        (RequestedPageSize is < 1 or > 1000, $"{nameof(RequestedPageSize)} must be between 1 and 1000 (got {RequestedPageSize})."),
        (CataloguePageSize is < 1 or > 1000, $"{nameof(CataloguePageSize)} must be between 1 and 1000 (got {CataloguePageSize})."),
    ];
}
