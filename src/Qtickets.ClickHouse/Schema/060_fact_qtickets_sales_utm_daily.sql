-- As fact_qtickets_sales_daily, split by the order's UTM tags ('' when absent). Read with FINAL.
CREATE TABLE IF NOT EXISTS zakaz.fact_qtickets_sales_utm_daily
(
    sales_date   Date,
    event_id     String,
    city         String,
    utm_source   String,
    utm_medium   String,
    utm_campaign String,
    utm_content  String,
    utm_term     String,
    tickets_sold UInt32,
    revenue      Float64,
    orders_count UInt32 DEFAULT 0,
    _ver         UInt64,
    _loaded_at   DateTime DEFAULT now()
)
ENGINE = ReplacingMergeTree(_ver)
PARTITION BY toYYYYMM(sales_date)
ORDER BY (event_id, sales_date, city, utm_source, utm_medium, utm_campaign, utm_content, utm_term)
SETTINGS index_granularity = 8192;
