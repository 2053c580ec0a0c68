-- Sales per Moscow day, event and city: always the deduplicated staging (FINAL) grouped by day. The loader recomputes
-- every day a run touched and inserts the whole day again with a higher _ver; a key that no longer has sales gets a
-- newer row of zeroes (the writer account cannot delete). Read with FINAL.
CREATE TABLE IF NOT EXISTS zakaz.fact_qtickets_sales_daily
(
    sales_date   Date,
    event_id     String,
    city         String,
    tickets_sold UInt32,
    revenue      Float64,
    orders_count UInt32 DEFAULT 0,
    _ver         UInt64,
    _loaded_at   DateTime DEFAULT now()
)
ENGINE = ReplacingMergeTree(_ver)
PARTITION BY toYYYYMM(sales_date)
ORDER BY (event_id, sales_date, city)
SETTINGS index_granularity = 8192;
