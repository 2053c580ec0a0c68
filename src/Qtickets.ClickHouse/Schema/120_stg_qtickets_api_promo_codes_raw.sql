-- Promo codes (GET /promo-codes); valid_from/valid_to in Moscow time. _dedup_key: lower-case hex MD5 of promo_code_id.
CREATE TABLE IF NOT EXISTS zakaz.stg_qtickets_api_promo_codes_raw
(
    promo_code_id  String,
    code           String DEFAULT '',
    discount_type  String DEFAULT '',
    discount_value Nullable(Float64),
    valid_from     Nullable(DateTime),
    valid_to       Nullable(DateTime),
    payload_json   String DEFAULT '',
    _ver           UInt64,
    _dedup_key     FixedString(32),
    _loaded_at     DateTime DEFAULT now()
)
ENGINE = ReplacingMergeTree(_ver)
PARTITION BY tuple()
ORDER BY (_dedup_key)
SETTINGS index_granularity = 8192;
