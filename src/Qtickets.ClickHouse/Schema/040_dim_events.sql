-- One row per event: name, city (lower case), first show start and last show end (Moscow dates), latest capacity
-- (NULL when the seats answer did not give it).
-- Read with FINAL or argMax(..., _ver) GROUP BY event_id.
CREATE TABLE IF NOT EXISTS zakaz.dim_events
(
    event_id      String,
    event_name    String,
    city          String,
    start_date    Nullable(Date),
    end_date      Nullable(Date),
    tickets_total Nullable(UInt32),
    tickets_left  Nullable(UInt32),
    _ver          UInt64,
    _loaded_at    DateTime DEFAULT now()
)
ENGINE = ReplacingMergeTree(_ver)
PARTITION BY tuple()
ORDER BY (event_id)
SETTINGS index_granularity = 8192;
