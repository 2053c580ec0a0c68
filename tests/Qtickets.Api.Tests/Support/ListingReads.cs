using Qtickets.Api.Models;

namespace Qtickets.Api.Tests.Support;

/// <summary>
/// Whole listings for tests, gathered from the client's streaming reads (the product streams them into ClickHouse
/// and never holds a whole list).
/// </summary>
internal static class ListingReads
{
    public static async Task<ListResult<Client>> GetClientsAsync(this QticketsClient client, CancellationToken cancellationToken)
    {
        var items = new List<Client>();
        var result = await client.StreamClientsAsync((page, _) => Add(items, page), cancellationToken);
        return result with { Items = items };
    }

    public static async Task<ListResult<Barcode>> GetBarcodesAsync(this QticketsClient client, long showId, CancellationToken cancellationToken)
    {
        var items = new List<Barcode>();
        var result = await client.StreamBarcodesAsync(showId, (chunk, _) => Add(items, chunk), cancellationToken);
        return result with { Items = items };
    }

    private static ValueTask Add<T>(List<T> items, IReadOnlyList<T> more)
    {
        items.AddRange(more);
        return ValueTask.CompletedTask;
    }
}
