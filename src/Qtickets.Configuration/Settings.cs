namespace Qtickets.Configuration;

/// <summary>Every setting with the aliases the earlier stack accepted (the full list: docs/configuration.md).</summary>
public static class Settings
{
    public static readonly SettingName Token = new("QTICKETS_TOKEN", "QTICKETS_API_TOKEN");
    public static readonly SettingName BaseUrl = new("QTICKETS_BASE_URL", "QTICKETS_API_BASE_URL");
    public static readonly SettingName OrgName = new("ORG_NAME", "QTICKETS_ORG_NAME");
    public static readonly SettingName SinceHours = new("QTICKETS_SINCE_HOURS", "QTICKETS_LOOKBACK_HOURS");
    public static readonly SettingName InitialBackfillHours = new("QTICKETS_INITIAL_BACKFILL_HOURS");
    public static readonly SettingName BackfillGuardTable = new("QTICKETS_BACKFILL_GUARD_TABLE");
    public static readonly SettingName FullScanHours = new("QTICKETS_FULL_SCAN_HOURS");
    public static readonly SettingName MaxConcurrency = new("QTICKETS_MAX_CONCURRENCY");
    public static readonly SettingName MaxReservationMinutes = new("QTICKETS_MAX_RESERVATION_MINUTES");
    public static readonly SettingName RequestTimeoutSeconds = new("QTICKETS_REQUEST_TIMEOUT_SECONDS");
    public static readonly SettingName MaxRetries = new("QTICKETS_MAX_RETRIES");
    public static readonly SettingName RetryBaseDelayMs = new("QTICKETS_RETRY_BASE_DELAY_MS");
    public static readonly SettingName StorePersonalData = new("QTICKETS_STORE_PERSONAL_DATA");
    public static readonly SettingName PartnersBaseUrl = new("QTICKETS_PARTNERS_BASE_URL", "QTICKETS_PARTNERS_API_BASE_URL");
    public static readonly SettingName PartnersToken = new("QTICKETS_PARTNERS_TOKEN", "QTICKETS_PARTNERS_API_TOKEN");
    public static readonly SettingName PartnersFindRequests = new(
        "QTICKETS_PARTNERS_FIND_REQUESTS", "QTICKETS_PARTNERS_FIND_REQUESTS_JSON");

    public static readonly SettingName SkipClients = new("QTICKETS_SKIP_CLIENTS");
    public static readonly SettingName SkipPriceShades = new("QTICKETS_SKIP_PRICE_SHADES");
    public static readonly SettingName SkipDiscounts = new("QTICKETS_SKIP_DISCOUNTS");
    public static readonly SettingName SkipPromoCodes = new("QTICKETS_SKIP_PROMO_CODES");
    public static readonly SettingName SkipBarcodes = new("QTICKETS_SKIP_BARCODES");
    public static readonly SettingName SkipPartnerTickets = new("QTICKETS_SKIP_PARTNER_TICKETS");
    public static readonly SettingName SkipInventory = new("QTICKETS_SKIP_INVENTORY");

    public static readonly SettingName ClickHouseHost = new("CLICKHOUSE_HOST", "CH_HOST");
    public static readonly SettingName ClickHousePort = new("CLICKHOUSE_PORT", "CH_PORT", "CLICKHOUSE_HTTP_PORT");
    public static readonly SettingName ClickHouseDatabase = new("CLICKHOUSE_DB", "CLICKHOUSE_DATABASE", "CH_DATABASE");
    public static readonly SettingName ClickHouseUser = new(
        "CLICKHOUSE_USER", "CLICKHOUSE_USER_WRITE", "CH_USER", "CH_USER_WRITE", "CLICKHOUSE_USERNAME");
    public static readonly SettingName ClickHousePassword = new(
        "CLICKHOUSE_PASSWORD", "CLICKHOUSE_PASSWORD_WRITE", "CH_PASSWORD", "CH_PASSWORD_WRITE");
    public static readonly SettingName ClickHouseSecure = new("CLICKHOUSE_SECURE", "CH_SECURE");
    public static readonly SettingName ClickHouseVerifySsl = new("CLICKHOUSE_VERIFY_SSL", "CH_VERIFY_SSL");
    public static readonly SettingName ClickHouseAdminUser = new("CLICKHOUSE_ADMIN_USER");
    public static readonly SettingName ClickHouseAdminPassword = new("CLICKHOUSE_ADMIN_PASSWORD");
    public static readonly SettingName ClickHouseReaderUser = new("CLICKHOUSE_READER_USER");
    public static readonly SettingName ClickHouseReaderPassword = new("CLICKHOUSE_READER_PASSWORD");

    public static readonly SettingName Tz = new("TZ", "DEFAULT_TZ");
    public static readonly SettingName ReportTz = new("REPORT_TZ", "QTICKETS_REPORT_TZ");
    public static readonly SettingName JobName = new("JOB_NAME", "QTICKETS_JOB_NAME");
    public static readonly SettingName DryRun = new("DRY_RUN", "QTICKETS_DRY_RUN");
    public static readonly SettingName LogLevel = new("LOG_LEVEL");

    public static readonly SettingName WebhookHost = new("QTICKETS_WEBHOOK_HOST");
    public static readonly SettingName WebhookPort = new("QTICKETS_WEBHOOK_PORT");
    public static readonly SettingName WebhookPath = new("QTICKETS_WEBHOOK_PATH");
    public static readonly SettingName WebhookSecret = new("QTICKETS_WEBHOOK_SECRET");
    public static readonly SettingName WebhookBatchWindowMs = new("QTICKETS_WEBHOOK_BATCH_WINDOW_MS");
    public static readonly SettingName WebhookMaxBatch = new("QTICKETS_WEBHOOK_MAX_BATCH");
    public static readonly SettingName WebhookMetricsIntervalSeconds = new("QTICKETS_WEBHOOK_METRICS_INTERVAL_SECONDS");

    public static readonly SettingName StateDir = new("QTICKETS_STATE_DIR");

    /// <summary>The settings whose values are secrets: never shown, masked wherever they come back.</summary>
    public static readonly IReadOnlyList<SettingName> Secrets =
        [Token, PartnersToken, ClickHousePassword, ClickHouseAdminPassword, ClickHouseReaderPassword, WebhookSecret];
}
