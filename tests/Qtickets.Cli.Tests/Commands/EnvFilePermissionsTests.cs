using Qtickets.ClickHouse.Testing;
using Qtickets.Security;
using Qtickets.TestUtilities;

namespace Qtickets.Cli.Tests.Commands;

/// <summary>Env files hold secrets: real files with real permissions, read by real commands.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class EnvFilePermissionsTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>, IDisposable
{
    private const UnixFileMode WorldReadable = (UnixFileMode)0b110_100_100;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_ch_env_file_others_can_read_gets_a_warning_naming_it_until_it_is_made_private()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        var chEnv = ChEnvFile.Write(_temp, clickHouse, db.Name);
        File.SetUnixFileMode(chEnv, WorldReadable);

        var (exitCode, output) = await CliRunner.RunAsync("status", "--ch-env", chEnv);
        File.SetUnixFileMode(chEnv, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var (_, outputOnceFixed) = await CliRunner.RunAsync("status", "--ch-env", chEnv);

        Assert.Equal(3, exitCode); // the job never ran: status's verdict, the command itself worked
        var warning = Assert.Single(output.Split('\n'), l => l.StartsWith("warning:", StringComparison.Ordinal));
        Assert.Contains(chEnv, warning, StringComparison.Ordinal);
        Assert.Contains("mode 644", warning, StringComparison.Ordinal);
        Assert.Contains("chmod 600", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("warning:", outputOnceFixed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operators_env_file_is_warned_about_but_never_changed()
    {
        var envFile = _temp.Write(".env.qtickets_api", "QTICKETS_TOKEN=real-token-0123456789\nORG_NAME=org\nQTICKETS_BASE_URL=http://127.0.0.1:1/api/rest/v1\n");
        File.SetUnixFileMode(envFile, WorldReadable);

        var (exitCode, output) = await CliRunner.RunAsync("smoke", "--env-file", envFile);

        Assert.Equal(2, exitCode); // not a dry run: smoke refuses, after the warning
        Assert.Contains($"warning: env file {envFile} holds secrets", output, StringComparison.Ordinal);
        Assert.Equal(WorldReadable, File.GetUnixFileMode(envFile));
    }

    [Fact]
    public async Task The_local_clickhouse_env_file_loosened_by_someone_is_set_back_to_600_by_the_next_command()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        // The file `clickhouse start` writes (.local/clickhouse.env), pointing at this test's database.
        var chEnv = Path.Combine(_temp.Path, "clickhouse.env");
        db.WriteEnvFile(chEnv);
        Assert.Equal("600", PrivateFile.Octal(File.GetUnixFileMode(chEnv)));
        File.SetUnixFileMode(chEnv, WorldReadable);

        var (exitCode, output) = await CliRunner.RunAsync("bootstrap", "--ch-env", chEnv);

        Assert.Equal(0, exitCode);
        Assert.Equal("600", PrivateFile.Octal(File.GetUnixFileMode(chEnv)));
        Assert.Contains($"env file {chEnv} could be read by group and others (mode 644); qtickets wrote it and set it back to 600", output, StringComparison.Ordinal);
    }
}
