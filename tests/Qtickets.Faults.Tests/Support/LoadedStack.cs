using Qtickets.ClickHouse.Testing;

namespace Qtickets.Faults.Tests.Support;

/// <summary>
/// A database already loaded by one good run, and its simulator, shared by a class of tests that must each prove
/// that an invocation sent nothing and wrote nothing (<see cref="RunCliExpectingNothingAsync"/>).
/// </summary>
public sealed class LoadedStack : IAsyncLifetime
{
    private readonly ClickHouseServerFixture _server = new();
    private FaultHarness? _harness;

    internal FaultHarness Harness => _harness ?? throw new InvalidOperationException("the stack is not started");

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync();
        _harness = await FaultHarness.StartAsync(_server, FaultHarness.SmallTenant(91) with { Orders = 100 });
        await _harness.RunAsync();
    }

    /// <summary>
    /// Runs <c>qtickets</c> with a valid configuration in its environment (so only what the test breaks can stop it)
    /// and asserts that no table of the database changed and the simulator received no request.
    /// </summary>
    internal async Task<CliResult> RunCliExpectingNothingAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var database = Harness.Target.Connection.Database;
        var before = await TableSnapshot.TakeAsync(Harness.Target.Admin, database);
        var requests = Harness.Simulator.Requests.Total;

        var result = await Harness.RunCliAsync(arguments, overrides);

        Assert.Equal(before, await TableSnapshot.TakeAsync(Harness.Target.Admin, database));
        Assert.Equal(requests, Harness.Simulator.Requests.Total);
        return result;
    }

    public async Task DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }

        await _server.DisposeAsync();
    }
}
