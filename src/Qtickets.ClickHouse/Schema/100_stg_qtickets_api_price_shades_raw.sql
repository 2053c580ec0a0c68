-- Price shades (GET /color-themes). _dedup_key: lower-case hex MD5 of shade_id.
CREATE TABLE IF NOT EXISTS zakaz.stg_qtickets_api_price_shades_raw
(
    shade_id     String,
    name         String DEFAULT '',
    color        String DEFAULT '',
    payload_json String DEFAULT '',
    _ver         UInt64,
    _dedup_key   FixedString(32),
    _loaded_at   DateTime DEFAULT now()
)
ENGINE = ReplacingMergeTree(_ver)
PARTITION BY tuple()
ORDER BY (_dedup_key)
SETTINGS index_granularity = 8192;
