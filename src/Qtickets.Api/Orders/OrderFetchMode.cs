namespace Qtickets.Api.Orders;

/// <summary>How orders were (or are being) read.</summary>
public enum OrderFetchMode
{
    /// <summary>Stub mode: nothing was requested.</summary>
    Stub,

    /// <summary>The documented query (filter, sort, page size) was honoured by the server.</summary>
    Filtered,

    /// <summary>Plain pages of 50 in ascending id order, filtered locally, after the server ignored the query.</summary>
    PlainPages,
}
