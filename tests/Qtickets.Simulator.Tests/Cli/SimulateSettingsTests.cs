using Qtickets.Cli.Commands;

namespace Qtickets.Simulator.Tests.Cli;

public sealed class SimulateSettingsTests
{
    [Fact]
    public void Defaults_are_valid_and_are_the_simulator_s_defaults_on_port_18080()
    {
        var settings = new SimulateSettings();

        Assert.True(settings.Validate().Successful);
        Assert.Equal(new SimulatorOptions { Port = 18080 }, settings.ToOptions());
    }

    [Fact]
    public void Every_bad_value_is_reported_at_once_naming_its_flag()
    {
        var settings = new SimulateSettings { Port = -1, ErrorRate = 1.5, PostOrdersStatus = 200, Anchor = "yesterday", Orders = -3 };

        var result = settings.Validate();

        Assert.False(result.Successful);
        foreach (var flag in new[] { "--port", "--error-rate", "--post-orders-status", "--anchor", "--orders" })
        {
            Assert.Contains(flag, result.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Flags_map_onto_the_simulator_options()
    {
        var settings = new SimulateSettings
        {
            Port = 0, Seed = 7, Orders = 100, Events = 3, Token = "t", IgnoreWhere = true, LatencyMs = 50, ErrorRate = 0.1,
            RateLimitEvery = 5, PostOrdersStatus = 503, MalformedEvery = 4, ResetEvery = 9, Anchor = "2025-11-03T12:00:00+03:00",
        };

        var options = settings.ToOptions();

        Assert.Equal(
            new SimulatorOptions
            {
                Port = 0, Seed = 7, Orders = 100, Events = 3, Token = "t", IgnoreWhere = true, LatencyMs = 50, ErrorRate = 0.1,
                RateLimitEvery = 5, PostOrdersStatus = 503, MalformedEvery = 4, ResetEvery = 9,
                Anchor = new DateTimeOffset(2025, 11, 3, 12, 0, 0, TimeSpan.FromHours(3)),
            },
            options);
    }

    [Theory]
    [InlineData("--webhook-url", null, "--webhook-secret")]
    [InlineData(null, "s", "--webhook-url")]
    [InlineData("not a url", "s", "--webhook-url")]
    [InlineData("http://10.0.0.1:8088/x", "s", "--webhook-url")]
    public void Webhook_flags_that_do_not_fit_together_are_reported(string? url, string? secret, string flag)
    {
        var settings = new SimulateSettings { WebhookUrl = url == "--webhook-url" ? "http://127.0.0.1:8088/webhooks/qtickets" : url, WebhookSecret = secret };

        var result = settings.Validate();

        Assert.False(result.Successful);
        Assert.Contains(flag, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Webhook_and_live_sales_flags_map_onto_the_simulator_options()
    {
        var settings = new SimulateSettings
        {
            WebhookUrl = "http://127.0.0.1:8088/webhooks/qtickets", WebhookSecret = "s", WebhookRetryScale = 0.01, LiveSalesPerMinute = 30,
        };

        var options = settings.ToOptions();

        Assert.True(settings.Validate().Successful);
        Assert.Equal(30, options.LiveSalesPerMinute);
        Assert.Equal(new Uri("http://127.0.0.1:8088/webhooks/qtickets"), options.Webhooks!.Url);
        Assert.Equal(("s", 0.01), (options.Webhooks.Secret, options.Webhooks.RetryScale));
    }

    [Fact]
    public void Live_sales_out_of_range_name_their_flag()
    {
        var result = new SimulateSettings { LiveSalesPerMinute = -1 }.Validate();

        Assert.Contains("--live-sales-per-minute", result.Message, StringComparison.Ordinal);
    }
}
