-- The latest version of every order inserted into the staging table, one row per order.
--
-- Why not the earlier definition (sum(tickets_sold) per insert block into a ReplacingMergeTree sorted by
-- (event_id, city)): a materialized view sees each insert block alone, so every re-insert of the same orders added
-- another partial sum (sums over it double counted), and a merge then kept one block's partial sum (orders lost).
-- Here a row is one order, keyed by _dedup_key alone with the highest _ver winning, exactly like the staging table;
-- an order whose event city was corrected therefore moves instead of being counted under both cities.
--
-- Read it with FINAL and aggregate, e.g. the last 14 Moscow days (today and the 13 before):
--   SELECT event_id, city, max(sale_ts) AS latest_sale_ts,
--          sum(tickets_sold) AS tickets_sold_14d, sum(revenue) AS revenue_14d
--   FROM zakaz.mv_qtickets_sales_latest FINAL
--   WHERE sale_ts >= toDateTime(today() - 13)
--   GROUP BY event_id, city
--
-- POPULATE fills it from staging rows that exist when it is created (an upgrade from the earlier definition); it sees
-- every insert made afterwards.
CREATE MATERIALIZED VIEW IF NOT EXISTS zakaz.mv_qtickets_sales_latest
ENGINE = ReplacingMergeTree(_ver)
PARTITION BY tuple()
ORDER BY (_dedup_key)
POPULATE
AS SELECT
    _dedup_key,
    order_id,
    event_id,
    city,
    sale_ts,
    tickets_sold,
    revenue,
    currency,
    _ver
FROM zakaz.stg_qtickets_api_orders_raw;
