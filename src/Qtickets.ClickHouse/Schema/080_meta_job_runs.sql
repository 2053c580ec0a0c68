-- One row per loader run that was not a dry run. A plain MergeTree on purpose: two runs must never collapse into one
-- (the earlier ReplacingMergeTree(started_at) version merged runs that started in the same second).
--   status: 'ok' or 'error'; message: JSON summary; metrics: JSON (counts per dataset, window, pages, skips, error)
CREATE TABLE IF NOT EXISTS zakaz.meta_job_runs
(
    job            String,
    run_id         UUID DEFAULT generateUUIDv4(),
    started_at     DateTime,
    finished_at    DateTime,
    status         String,
    rows_processed UInt64 DEFAULT 0,
    message        String DEFAULT '',
    metrics        String DEFAULT ''
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(started_at)
ORDER BY (job, started_at)
SETTINGS index_granularity = 8192;
