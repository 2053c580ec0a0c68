-- The latest inventory snapshot per event and city (capacity and tickets left summed over the event's shows).
-- Read with FINAL or argMax(..., _ver).
CREATE TABLE IF NOT EXISTS zakaz.fact_qtickets_inventory_latest
(
    snapshot_ts   DateTime,
    event_id      String,
    event_name    String,
    city          String,
    tickets_total Nullable(UInt32),
    tickets_left  Nullable(UInt32),
    _ver          UInt64,
    _loaded_at    DateTime DEFAULT now()
)
ENGINE = ReplacingMergeTree(_ver)
PARTITION BY tuple()
ORDER BY (event_id, city)
SETTINGS index_granularity = 8192;
