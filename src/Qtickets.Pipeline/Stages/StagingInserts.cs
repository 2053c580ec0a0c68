using Qtickets.ClickHouse.Writing;

namespace Qtickets.Pipeline.Stages;

/// <summary>How the stages that stream rows (orders, the catalogues) batch their inserts.</summary>
internal static class StagingInserts
{
    /// <summary>
    /// Inserts of 20,000 rows: ClickHouse pays a fixed cost per insert (a part for the table and one for its
    /// materialized view), so fewer, larger inserts cost it less of the CPU it shares with the loader. At most two
    /// batches are held (one queued, one being sent), a few tens of megabytes whatever the size of the window. The
    /// catalogues use the same (barcodes: 1.7 million rows for 1,000,000 orders).
    /// </summary>
    public static readonly BatchingInsertOptions Options = new() { BatchSize = 20_000, QueueLimit = 20_000 };
}
