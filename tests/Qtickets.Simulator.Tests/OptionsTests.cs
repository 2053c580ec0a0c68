using Qtickets.Simulator.Tests.Support;

namespace Qtickets.Simulator.Tests;

public sealed class OptionsTests
{
    [Fact]
    public void Default_options_are_valid()
    {
        Assert.Empty(new SimulatorOptions().Validate());
    }

    [Theory]
    [InlineData("Port")]
    [InlineData("Orders")]
    [InlineData("Events")]
    [InlineData("Token")]
    [InlineData("LatencyMs")]
    [InlineData("ErrorRate")]
    [InlineData("RateLimitEvery")]
    [InlineData("PostOrdersStatus")]
    [InlineData("MalformedEvery")]
    [InlineData("ResetEvery")]
    public void Each_bad_value_is_reported_naming_its_setting(string setting)
    {
        var options = setting switch
        {
            "Port" => new SimulatorOptions { Port = 70000 },
            "Orders" => new SimulatorOptions { Orders = -1 },
            "Events" => new SimulatorOptions { Events = 0 },
            "Token" => new SimulatorOptions { Token = "with space" },
            "LatencyMs" => new SimulatorOptions { LatencyMs = -5 },
            "ErrorRate" => new SimulatorOptions { ErrorRate = 1.5 },
            "RateLimitEvery" => new SimulatorOptions { RateLimitEvery = -1 },
            "PostOrdersStatus" => new SimulatorOptions { PostOrdersStatus = 200 },
            "MalformedEvery" => new SimulatorOptions { MalformedEvery = -2 },
            _ => new SimulatorOptions { ResetEvery = -3 },
        };

        var error = Assert.Single(options.Validate());

        Assert.StartsWith(setting, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_error_is_reported_at_once()
    {
        var errors = new SimulatorOptions { Port = -1, ErrorRate = double.NaN, Token = string.Empty }.Validate();

        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public async Task Start_refuses_invalid_options_before_binding_anything()
    {
        var error = await Assert.ThrowsAsync<SimulatorOptionsException>(
            () => SimulatorServer.StartAsync(new SimulatorOptions { Orders = -1, Events = 0 }, null, CancellationToken.None));

        Assert.Equal(2, error.Errors.Count);
    }

    [Fact]
    public async Task Port_zero_picks_a_free_port_and_reports_it_in_the_base_urls()
    {
        await using var host = await SimulatorHost.StartAsync(SimulatorHost.DefaultOptions with { Orders = 10, Events = 2 });

        Assert.NotEqual(0, host.Server.Port);
        Assert.Equal($"http://127.0.0.1:{host.Server.Port}/api/rest/v1/", host.Server.RestBaseUri.ToString());
        Assert.Equal($"http://127.0.0.1:{host.Server.Port}/api/partners/v1/", host.Server.PartnersBaseUri.ToString());
    }

    [Fact]
    public async Task Invalid_faults_at_run_time_are_refused_and_change_nothing()
    {
        await using var host = await SimulatorHost.StartAsync(SimulatorHost.DefaultOptions with { Orders = 10, Events = 2 });

        Assert.Throws<SimulatorOptionsException>(() => host.Server.UpdateFaults(new SimulatorFaults { ErrorRate = 2 }));

        Assert.Equal(0, host.Server.Faults.ErrorRate);
    }
}
