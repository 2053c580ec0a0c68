namespace Qtickets.Api.Orders;

/// <summary>Progress of an order fetch, reported after every page.</summary>
public sealed record OrderFetchProgress(
    OrderFetchMode Mode,
    int PagesFetched,
    int? PagesPlanned,
    long RecordsSeen,
    long RecordsKept,
    TimeSpan Elapsed)
{
    public double RecordsPerSecond => Elapsed > TimeSpan.Zero ? RecordsSeen / Elapsed.TotalSeconds : 0;
}
