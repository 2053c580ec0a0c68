-- Ticket barcodes per show (GET /shows/{id}/barcodes); checked_at in Moscow time.
-- _dedup_key: lower-case hex MD5 of 'show_id|barcode'.
CREATE TABLE IF NOT EXISTS zakaz.stg_qtickets_api_barcodes_raw
(
    barcode      String,
    event_id     String DEFAULT '',
    show_id      String,
    status       String DEFAULT '',
    checked_at   Nullable(DateTime),
    payload_json String DEFAULT '',
    _ver         UInt64,
    _dedup_key   FixedString(32),
    _loaded_at   DateTime DEFAULT now()
)
ENGINE = ReplacingMergeTree(_ver)
PARTITION BY tuple()
ORDER BY (_dedup_key)
SETTINGS index_granularity = 8192;
