using System.Globalization;
using Qtickets.ClickHouse;
using Qtickets.ClickHouse.Sql;
using Qtickets.Pipeline.Transform;

namespace Qtickets.Pipeline.Loading;

/// <summary>
/// Reads what staging holds of some orders before their new rows are written: the days they are on now (so the days
/// they leave are recomputed too) and whether they were ever stored (so a cancellation replaces a sale, while an
/// unpaid order never stored is not written). Orders above the highest id staging held when the lookup was made
/// were never stored and are not asked for, so a first backfill sends no lookup at all.
/// </summary>
public sealed class StagedOrderLookup
{
    /// <summary>Keys per query: 4,000 keys of 35 characters stay well inside ClickHouse's 256 KiB query size limit.</summary>
    private const int KeysPerQuery = 4_000;
    private const string Staging = "stg_qtickets_api_orders_raw";
    private readonly IClickHouseClient _client;
    private readonly long _highestStoredId;

    private StagedOrderLookup(IClickHouseClient client, long highestStoredId)
    {
        _client = client;
        _highestStoredId = highestStoredId;
    }

    /// <summary>
    /// A look-up that asks for every order: for orders pushed one by one (webhooks), whose earlier copies may have
    /// been stored moments before by the same listener.
    /// </summary>
    public static StagedOrderLookup ForEveryOrder(IClickHouseClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new StagedOrderLookup(client, long.MaxValue);
    }

    public static async Task<StagedOrderLookup> CreateAsync(IClickHouseClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var highest = await client.QueryScalarAsync<long>(
            $"SELECT toInt64(max(toUInt64OrZero(order_id))) FROM {Staging}", cancellationToken).ConfigureAwait(false);
        return new StagedOrderLookup(client, highest);
    }

    /// <summary>What staging holds of the orders that may have been stored: by id, only those it holds.</summary>
    /// <param name="ids">Order ids to look up.</param>
    /// <param name="alsoAsk">Ids to ask for even above the highest stored id (an order this run already handed on).</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    public async Task<IReadOnlyDictionary<long, StagedOrder>> FindAsync(
        IEnumerable<long> ids, IReadOnlySet<long> alsoAsk, CancellationToken cancellationToken)
    {
        var wanted = ids.Where(id => id <= _highestStoredId || alsoAsk.Contains(id)).Distinct().ToList();
        var found = new Dictionary<long, StagedOrder>();
        foreach (var chunk in wanted.Chunk(KeysPerQuery))
        {
            var keys = string.Join(", ", chunk.Select(id => SqlLiteral.String(Fingerprints.DedupKey(Text(id)))));
            var rows = await _client.QueryAsync<StagedOrderRow>(
                $"SELECT order_id, argMax(sale_ts, _ver) AS latest_sale_ts, groupUniqArray(toDate(sale_ts)) AS days " +
                $"FROM {Staging} WHERE _dedup_key IN ({keys}) GROUP BY order_id",
                cancellationToken).ConfigureAwait(false);
            foreach (var row in rows)
            {
                found[long.Parse(row.OrderId, CultureInfo.InvariantCulture)] = new StagedOrder(
                    row.LatestSaleTs, [.. row.Days.Select(day => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture))]);
            }
        }

        return found;
    }

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);

    private sealed record StagedOrderRow(string OrderId, DateTime LatestSaleTs, IReadOnlyList<string> Days);
}
