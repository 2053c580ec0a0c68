-- One row per QTickets order (docs/data-contract.md). _dedup_key is the lower-case hex MD5 of order_id and the only sorting
-- key, so a re-fetched, refunded or cancelled order replaces its earlier row: the row with the highest _ver wins.
-- Read it with FINAL (or argMax(..., _ver) per _dedup_key); plain sums over the table may count an order twice
-- until the background merge.
--   tickets_sold, revenue: baskets neither deleted nor refunded; a cancelled or refunded order is written with zeroes
--   city: the event's city name in lower case; sale_ts: payed_at as Moscow wall-clock time
--   buyer_hash: hex SHA-256 of the lower-cased e-mail; buyer_email/phone/name stay '' unless personal data is enabled
CREATE TABLE IF NOT EXISTS zakaz.stg_qtickets_api_orders_raw
(
    order_id         String,
    event_id         String,
    city             String,
    utm_source       String DEFAULT '',
    utm_medium       String DEFAULT '',
    utm_campaign     String DEFAULT '',
    utm_content      String DEFAULT '',
    utm_term         String DEFAULT '',
    sale_ts          DateTime,
    tickets_sold     UInt32,
    revenue          Float64,
    currency         String,
    created_at       DateTime DEFAULT sale_ts,
    updated_at       DateTime DEFAULT sale_ts,
    is_cancelled     UInt8 DEFAULT 0,
    refunded_tickets UInt32 DEFAULT 0,
    refunded_amount  Float64 DEFAULT 0,
    buyer_hash       String DEFAULT '',
    buyer_email      String DEFAULT '',
    buyer_phone      String DEFAULT '',
    buyer_name       String DEFAULT '',
    _ver             UInt64,
    _dedup_key       FixedString(32),
    _loaded_at       DateTime DEFAULT now()
)
ENGINE = ReplacingMergeTree(_ver)
PARTITION BY tuple()
ORDER BY (_dedup_key)
SETTINGS index_granularity = 8192;
