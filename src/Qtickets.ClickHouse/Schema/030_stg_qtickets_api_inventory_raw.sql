-- Seat inventory snapshots, one row per show per snapshot (capacity and tickets left by the seats rule of
-- docs/data-contract.md; NULL when the seats could not be read). _dedup_key is the lower-case hex MD5 of
-- 'event_id:show_id:snapshot_ts'; the sorting key (event_id, show_id, snapshot_ts) is the same identity.
CREATE TABLE IF NOT EXISTS zakaz.stg_qtickets_api_inventory_raw
(
    snapshot_ts   DateTime,
    event_id      String,
    event_name    String,
    city          String,
    show_id       String DEFAULT '',
    tickets_total Nullable(UInt32),
    tickets_left  Nullable(UInt32),
    _ver          UInt64,
    _dedup_key    FixedString(32),
    _loaded_at    DateTime DEFAULT now()
)
ENGINE = ReplacingMergeTree(_ver)
PARTITION BY toYYYYMM(snapshot_ts)
ORDER BY (event_id, show_id, snapshot_ts)
SETTINGS index_granularity = 8192;
