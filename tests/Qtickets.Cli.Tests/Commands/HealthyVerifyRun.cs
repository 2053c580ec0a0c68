using Qtickets.ClickHouse.Schema;
using Qtickets.ClickHouse.Testing;
using Qtickets.TestUtilities;

namespace Qtickets.Cli.Tests.Commands;

/// <summary>
/// One <c>qtickets verify</c> on the repository as it is (every step, nothing skipped) against a fresh test database;
/// the tests of <see cref="VerifyHealthyTreeTests"/> read its exit code, report and what it left in the database.
/// </summary>
public sealed class HealthyVerifyRun : IAsyncLifetime
{
    private readonly ClickHouseServerFixture _clickHouse = new();
    private readonly TempDirectory _temp = new();

    internal CliRun Run { get; private set; } = new(-1, string.Empty, string.Empty);

    public string Report { get; private set; } = string.Empty;

    public long JobRunsAfter { get; private set; } = -1;

    public long OrdersAfter { get; private set; } = -1;

    public string AdminPassword => _clickHouse.Connection.Admin.Password;

    public string WriterPassword => _clickHouse.Connection.Writer.Password;

    public async Task InitializeAsync()
    {
        await _clickHouse.InitializeAsync();
        await using var db = await _clickHouse.CreateDatabaseAsync(bootstrap: false);
        var chEnv = ChEnvFile.Write(_temp, _clickHouse, db.Name);
        var report = Path.Combine(_temp.Path, "verify.md");
        Run = await CliRunner.RunAsync("verify", "--ch-env", chEnv, "--report", report);
        Report = File.Exists(report) ? await File.ReadAllTextAsync(report) : "(no report)";
        JobRunsAfter = await db.CountAsync(SchemaObjects.JobRuns);
        OrdersAfter = await db.CountAsync(SchemaObjects.OrdersStaging);
    }

    public async Task DisposeAsync()
    {
        await _clickHouse.DisposeAsync();
        _temp.Dispose();
    }
}
