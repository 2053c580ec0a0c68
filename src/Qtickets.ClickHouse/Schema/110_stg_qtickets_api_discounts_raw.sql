-- Discounts (GET /discounts). _dedup_key: lower-case hex MD5 of discount_id.
CREATE TABLE IF NOT EXISTS zakaz.stg_qtickets_api_discounts_raw
(
    discount_id    String,
    name           String DEFAULT '',
    discount_type  String DEFAULT '',
    discount_value Nullable(Float64),
    payload_json   String DEFAULT '',
    _ver           UInt64,
    _dedup_key     FixedString(32),
    _loaded_at     DateTime DEFAULT now()
)
ENGINE = ReplacingMergeTree(_ver)
PARTITION BY tuple()
ORDER BY (_dedup_key)
SETTINGS index_granularity = 8192;
