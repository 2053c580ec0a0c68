using System.Text.Json;

namespace Qtickets.Simulator.Tests.Support;

/// <summary>One shared read-only simulator (2000 orders, 24 events, seed 42, fixed anchor) per test class.</summary>
public sealed class DefaultSimulatorFixture : IAsyncLifetime
{
    private SimulatorHost? _host;
    private Lazy<Task<List<JsonElement>>>? _orders;

    public SimulatorHost Host => _host ?? throw new InvalidOperationException("not started");

    /// <summary>Every order, read once through the API (pages of 1000) and shared by the class's tests.</summary>
    public Task<List<JsonElement>> AllOrdersAsync() =>
        (_orders ??= new Lazy<Task<List<JsonElement>>>(() => Host.Rest.GetAllAsync("orders", page => new { page, per_page = 1000 }))).Value;

    public async Task InitializeAsync() => _host = await SimulatorHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
