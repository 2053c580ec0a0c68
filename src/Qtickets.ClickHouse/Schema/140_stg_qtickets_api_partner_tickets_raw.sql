-- Tickets found through the Partners API (tickets/find). _dedup_key: lower-case hex MD5 of 'ticket_id|external_order_id'.
CREATE TABLE IF NOT EXISTS zakaz.stg_qtickets_api_partner_tickets_raw
(
    ticket_id         String,
    event_id          String DEFAULT '',
    show_id           String DEFAULT '',
    external_order_id String DEFAULT '',
    external_id       String DEFAULT '',
    barcode           String DEFAULT '',
    paid              UInt8 DEFAULT 0,
    price             Nullable(Float64),
    payload_json      String DEFAULT '',
    _ver              UInt64,
    _dedup_key        FixedString(32),
    _loaded_at        DateTime DEFAULT now()
)
ENGINE = ReplacingMergeTree(_ver)
PARTITION BY tuple()
ORDER BY (_dedup_key)
SETTINGS index_granularity = 8192;
