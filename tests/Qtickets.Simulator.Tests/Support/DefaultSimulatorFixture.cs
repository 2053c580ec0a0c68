namespace Qtickets.Simulator.Tests.Support;

/// <summary>One shared read-only simulator (2000 orders, 24 events, seed 42, fixed anchor) per test class.</summary>
public sealed class DefaultSimulatorFixture : IAsyncLifetime
{
    private SimulatorHost? _host;

    public SimulatorHost Host => _host ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync() => _host = await SimulatorHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
