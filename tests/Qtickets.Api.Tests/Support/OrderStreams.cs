using Qtickets.Api.Orders;

namespace Qtickets.Api.Tests.Support;

internal static class OrderStreams
{
    /// <summary>Reads a whole stream: its batches in arrival order and the final summary.</summary>
    public static async Task<(List<OrderBatch> Batches, OrderFetchSummary Summary)> ReadAllAsync(this OrderStream stream)
    {
        var batches = new List<OrderBatch>();
        await foreach (var batch in stream)
        {
            batches.Add(batch);
        }

        return (batches, stream.Summary);
    }

    public static List<long> Ids(this IEnumerable<OrderBatch> batches) =>
        [.. batches.SelectMany(batch => batch.Orders).Select(order => order.Id)];
}
