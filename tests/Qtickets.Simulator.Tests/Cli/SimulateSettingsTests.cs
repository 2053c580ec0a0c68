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
}
