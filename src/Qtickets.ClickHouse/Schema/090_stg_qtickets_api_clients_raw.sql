-- Buyers (GET /clients). By default only the e-mail hash is kept (hex SHA-256 of the lower-cased e-mail); email,
-- phone, names and payload_json stay '' unless storing personal data is explicitly enabled.
-- _dedup_key: lower-case hex MD5 of client_id.
CREATE TABLE IF NOT EXISTS zakaz.stg_qtickets_api_clients_raw
(
    client_id    String,
    email_hash   String DEFAULT '',
    email        String DEFAULT '',
    phone        String DEFAULT '',
    first_name   String DEFAULT '',
    last_name    String DEFAULT '',
    middle_name  String DEFAULT '',
    payload_json String DEFAULT '',
    _ver         UInt64,
    _dedup_key   FixedString(32),
    _loaded_at   DateTime DEFAULT now()
)
ENGINE = ReplacingMergeTree(_ver)
PARTITION BY tuple()
ORDER BY (_dedup_key)
SETTINGS index_granularity = 8192;
