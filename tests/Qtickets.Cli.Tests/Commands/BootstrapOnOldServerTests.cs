using Qtickets.ClickHouse.Testing;
using Qtickets.TestUtilities;

namespace Qtickets.Cli.Tests.Commands;

/// <summary><c>bootstrap</c> on the local 18.16, which cannot pin the accounts' settings: it says so, once.</summary>
public sealed class BootstrapOnOldServerTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>, IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Bootstrap_on_18_16_says_in_one_warning_line_that_settings_cannot_be_pinned()
    {
        await using var db = await clickHouse.CreateDatabaseAsync(bootstrap: false);
        var chEnv = ChEnvFile.Write(_temp, clickHouse, db.Name);

        var (exitCode, output) = await CliRunner.RunAsync("bootstrap", "--ch-env", chEnv);

        Assert.Equal(0, exitCode);
        var warning = Assert.Single(output.Split('\n'), l => l.StartsWith("warning:", StringComparison.Ordinal));
        Assert.Contains("ClickHouse 18.16", warning, StringComparison.Ordinal);
        Assert.Contains("no settings constraints", warning, StringComparison.Ordinal);
        Assert.Contains("allow_ddl", warning, StringComparison.Ordinal);
    }
}
