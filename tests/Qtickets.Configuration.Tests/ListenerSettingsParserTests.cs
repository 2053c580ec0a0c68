namespace Qtickets.Configuration.Tests;

public sealed class ListenerSettingsParserTests
{
    private static Dictionary<string, string> Listener() => new()
    {
        ["CLICKHOUSE_HOST"] = "127.0.0.1",
        ["CLICKHOUSE_PORT"] = "8123",
        ["CLICKHOUSE_DB"] = "zakaz",
        ["CLICKHOUSE_USER"] = "etl_writer",
        ["QTICKETS_WEBHOOK_SECRET"] = "webhook-secret-0123456789",
    };

    private static ListenerSettings Parse(Dictionary<string, string> environment, int? port = null) =>
        ListenerSettingsParser.Parse(SettingsLayers.Create(ListenerSettingsParser.Flags(port), environment: environment));

    private static ConfigurationException Fails(Dictionary<string, string> environment, int? port = null) =>
        Assert.Throws<ConfigurationException>(() => Parse(environment, port));

    [Fact]
    public void Defaults_listen_on_loopback_8088_at_webhooks_qtickets_with_a_200_ms_window_and_5_minute_reports()
    {
        var webhook = Parse(Listener()).Webhook;

        Assert.Equal(
            new WebhookSettings("127.0.0.1", 8088, "/webhooks/qtickets", new Secret("webhook-secret-0123456789"), 200, 500, 300),
            webhook);
    }

    [Fact]
    public void Every_listener_setting_is_read()
    {
        var environment = Listener();
        environment["QTICKETS_WEBHOOK_HOST"] = "0.0.0.0";
        environment["QTICKETS_WEBHOOK_PORT"] = "9000";
        environment["QTICKETS_WEBHOOK_PATH"] = "/hooks/qt";
        environment["QTICKETS_WEBHOOK_BATCH_WINDOW_MS"] = "0";
        environment["QTICKETS_WEBHOOK_MAX_BATCH"] = "50";
        environment["QTICKETS_WEBHOOK_METRICS_INTERVAL_SECONDS"] = "60";

        var webhook = Parse(environment).Webhook;

        Assert.Equal(("0.0.0.0", 9000, "/hooks/qt", 0, 50, 60), (webhook.Host, webhook.Port, webhook.Path, webhook.BatchWindowMs, webhook.MaxBatch, webhook.MetricsIntervalSeconds));
    }

    [Fact]
    public void The_port_flag_wins_over_the_environment()
    {
        var environment = Listener();
        environment["QTICKETS_WEBHOOK_PORT"] = "9000";

        Assert.Equal(9100, Parse(environment, port: 9100).Webhook.Port);
    }

    [Fact]
    public void Without_the_secret_it_is_a_configuration_error_naming_it()
    {
        var environment = Listener();
        environment.Remove("QTICKETS_WEBHOOK_SECRET");

        var error = Fails(environment);

        Assert.Contains(error.Errors, e => e.StartsWith("QTICKETS_WEBHOOK_SECRET is required", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_bad_value_is_reported_at_once()
    {
        var environment = Listener();
        environment["QTICKETS_WEBHOOK_HOST"] = "hooks.example.org";
        environment["QTICKETS_WEBHOOK_PORT"] = "70000";
        environment["QTICKETS_WEBHOOK_PATH"] = "/healthz";
        environment["QTICKETS_WEBHOOK_BATCH_WINDOW_MS"] = "9000";
        environment["QTICKETS_WEBHOOK_MAX_BATCH"] = "0";
        environment["QTICKETS_WEBHOOK_METRICS_INTERVAL_SECONDS"] = "soon";

        var error = Fails(environment);

        Assert.Equal(6, error.Errors.Count);
        foreach (var name in new[] { "HOST", "PORT", "PATH", "BATCH_WINDOW_MS", "MAX_BATCH", "METRICS_INTERVAL_SECONDS" })
        {
            Assert.Contains(error.Errors, e => e.StartsWith("QTICKETS_WEBHOOK_" + name, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("webhooks")]
    [InlineData("/webhooks?token=1")]
    [InlineData("/web hooks")]
    [InlineData("/webhooks#x")]
    public void A_path_that_is_not_a_plain_url_path_is_refused(string path)
    {
        var environment = Listener();
        environment["QTICKETS_WEBHOOK_PATH"] = path;

        Assert.Contains(Fails(environment).Errors, e => e.StartsWith("QTICKETS_WEBHOOK_PATH", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dry_run_is_refused_because_the_listener_answers_200_only_once_stored()
    {
        var environment = Listener();
        environment["DRY_RUN"] = "true";

        Assert.Contains(Fails(environment).Errors, e => e.StartsWith("DRY_RUN=true", StringComparison.Ordinal));
    }

    [Fact]
    public void The_clickhouse_connection_is_required_and_named_once()
    {
        var environment = Listener();
        environment.Remove("CLICKHOUSE_HOST");
        environment["QTICKETS_TOKEN"] = "real-token-0123456789";
        environment["QTICKETS_BASE_URL"] = "http://127.0.0.1:1/api/rest/v1";
        environment["ORG_NAME"] = "org";

        var error = Fails(environment);

        Assert.Single(error.Errors, e => e.StartsWith("CLICKHOUSE_HOST is required", StringComparison.Ordinal));
    }

    [Fact]
    public void The_secret_shows_only_as_a_fingerprint()
    {
        var environment = Listener();
        environment["QTICKETS_WEBHOOK_PORT"] = "x";

        var error = Fails(environment);
        environment["QTICKETS_WEBHOOK_PORT"] = "8088";
        var text = Parse(environment).Webhook.ToString();

        Assert.DoesNotContain("webhook-secret-0123456789", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("webhook-secret-0123456789", text, StringComparison.Ordinal);
        Assert.Contains("webh***6789", text, StringComparison.Ordinal);
    }
}
