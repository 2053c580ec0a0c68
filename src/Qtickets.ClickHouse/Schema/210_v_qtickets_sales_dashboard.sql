-- Per event and city: tickets and revenue today and over the last 14 Moscow days (today and the 13 days before),
-- capacity and tickets left of the latest inventory snapshot, its time, the event's first and last show dates.
-- Facts are read with FINAL and attributes with argMax(..., _ver), so repeated inserts of the same rows never count
-- twice. Rows: every event of dim_events and every (event, city) with sales in the window; no sales gives zeroes,
-- no inventory gives NULL. Written with nested subqueries, one JOIN per level (ClickHouse 18.16 has no CTEs and
-- allows one JOIN per SELECT).
-- Applied by SchemaBootstrapper, which compares it with the existing view and replaces that only when it differs
-- (18.16 has neither CREATE OR REPLACE VIEW nor DROP VIEW).
CREATE VIEW zakaz.v_qtickets_sales_dashboard AS
SELECT
    event_id,
    multiIf(event_name != '', event_name, inventory_event_name != '', inventory_event_name, 'Unknown Event') AS event_name,
    city,
    tickets_sold_today,
    revenue_today,
    tickets_sold_14d,
    revenue_14d,
    tickets_total,
    tickets_left,
    inventory_updated_at,
    start_date,
    end_date
FROM
(
    SELECT
        event_id, city, tickets_sold_today, revenue_today, tickets_sold_14d, revenue_14d,
        event_name, start_date, end_date
    FROM
    (
        SELECT event_id, city, tickets_sold_today, revenue_today, tickets_sold_14d, revenue_14d
        FROM
        (
            SELECT event_id, city
            FROM
            (
                SELECT event_id, argMax(city, _ver) AS city
                FROM zakaz.dim_events
                GROUP BY event_id
                UNION ALL
                SELECT event_id, city
                FROM zakaz.fact_qtickets_sales_daily
                WHERE sales_date >= today() - 13
            )
            GROUP BY event_id, city
        )
        LEFT JOIN
        (
            SELECT
                event_id,
                city,
                sumIf(tickets_sold, sales_date = today()) AS tickets_sold_today,
                sumIf(revenue, sales_date = today()) AS revenue_today,
                sum(tickets_sold) AS tickets_sold_14d,
                sum(revenue) AS revenue_14d
            FROM zakaz.fact_qtickets_sales_daily FINAL
            WHERE sales_date >= today() - 13
            GROUP BY event_id, city
        ) USING (event_id, city)
    )
    LEFT JOIN
    (
        SELECT
            event_id,
            argMax(event_name, _ver) AS event_name,
            argMax(start_date, _ver) AS start_date,
            argMax(end_date, _ver) AS end_date
        FROM zakaz.dim_events
        GROUP BY event_id
    ) USING (event_id)
)
LEFT JOIN
(
    SELECT
        event_id,
        argMax(event_name, _ver) AS inventory_event_name,
        argMax(tickets_total, _ver) AS tickets_total,
        argMax(tickets_left, _ver) AS tickets_left,
        toNullable(argMax(snapshot_ts, _ver)) AS inventory_updated_at
    FROM zakaz.fact_qtickets_inventory_latest
    GROUP BY event_id
) USING (event_id)
ORDER BY revenue_today DESC, revenue_14d DESC, event_id, city;
