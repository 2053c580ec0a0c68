using System.Text;
using Qtickets.Simulator.Webhooks;

namespace Qtickets.Simulator.Tests.Webhooks;

public sealed class WebhookOptionsTests
{
    private static readonly WebhookOptions Valid = new() { Url = new Uri("http://127.0.0.1:8088/webhooks/qtickets"), Secret = "s" };

    [Fact]
    public void Loopback_url_and_a_secret_are_valid()
    {
        Assert.Empty(Valid.Validate());
        Assert.Empty((Valid with { Url = new Uri("http://localhost:1/x") }).Validate());
        Assert.Empty((Valid with { Url = new Uri("http://[::1]:1/x") }).Validate());
    }

    [Theory]
    [InlineData("url", "WebhookUrl")]
    [InlineData("remote", "WebhookUrl")]
    [InlineData("secret", "WebhookSecret")]
    [InlineData("scale", "WebhookRetryScale")]
    [InlineData("capacity", "WebhookQueueCapacity")]
    [InlineData("retries", "WebhookMaxRetries")]
    public void Each_bad_value_is_reported_naming_its_setting(string bad, string setting)
    {
        var options = bad switch
        {
            "url" => Valid with { Url = new Uri("ftp://127.0.0.1/x") },
            "remote" => Valid with { Url = new Uri("http://qtickets.example/hook") },
            "secret" => Valid with { Secret = string.Empty },
            "scale" => Valid with { RetryScale = -1 },
            "capacity" => Valid with { QueueCapacity = 0 },
            _ => Valid with { MaxRetries = -1 },
        };

        var error = Assert.Single(options.Validate());
        Assert.StartsWith(setting, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulator_options_carry_webhook_and_live_sales_errors()
    {
        var errors = new SimulatorOptions { LiveSalesPerMinute = -1, Webhooks = Valid with { Secret = string.Empty } }.Validate();

        Assert.Contains(errors, e => e.StartsWith("LiveSalesPerMinute", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("WebhookSecret", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(2, 8.0)]
    [InlineData(3, 27.0)]
    [InlineData(10, 1000.0)]
    public void The_delay_before_retry_n_is_n_cubed_seconds_times_the_scale(int retry, double seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), Valid.RetryDelay(retry));
        Assert.Equal(TimeSpan.FromSeconds(seconds / 1000), (Valid with { RetryScale = 0.001 }).RetryDelay(retry));
    }

    [Fact]
    public void QTickets_schedule_of_ten_retries_spans_about_fifty_minutes()
    {
        var total = Enumerable.Range(1, WebhookOptions.QticketsRetries).Sum(n => Valid.RetryDelay(n).TotalSeconds);

        Assert.Equal(3025, total);
    }

    [Fact]
    public async Task The_signature_is_the_lower_case_hex_HMAC_SHA1_of_the_raw_body()
    {
        // The published HMAC-SHA1 test vector (key "key"): an independent oracle for the formula.
        await using var dispatcher = new WebhookDispatcher(Valid with { Secret = "key" }, TimeProvider.System);

        var signature = dispatcher.Sign(Encoding.UTF8.GetBytes("The quick brown fox jumps over the lazy dog"));

        Assert.Equal("de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9", signature);
    }
}
