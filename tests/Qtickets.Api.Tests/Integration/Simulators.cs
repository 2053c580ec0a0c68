using Qtickets.Simulator;

namespace Qtickets.Api.Tests.Integration;

/// <summary>Starts the real simulator on a free loopback port with a fixed history, so every run sees the same data.</summary>
internal static class Simulators
{
    public static readonly DateTimeOffset Anchor = new(2025, 11, 3, 12, 0, 0, TimeSpan.FromHours(3));

    public static Task<SimulatorServer> StartAsync(Func<SimulatorOptions, SimulatorOptions>? adjust = null)
    {
        var options = new SimulatorOptions { Port = 0, Seed = 7, Orders = 3_000, Events = 12, Anchor = Anchor, Token = "sim-live-token-5e2f8a1c9b" };
        return SimulatorServer.StartAsync(adjust?.Invoke(options) ?? options, timeProvider: null, CancellationToken.None);
    }

    public static QticketsClientOptions ClientOptions(SimulatorServer server) => new()
    {
        BaseUri = server.RestBaseUri,
        Token = server.Token,
        BaseDelay = TimeSpan.Zero,
        MaxDelay = TimeSpan.Zero,
        RequestTimeout = TimeSpan.FromSeconds(10),
    };
}
