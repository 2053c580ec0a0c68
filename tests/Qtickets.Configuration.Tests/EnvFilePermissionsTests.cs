using Qtickets.Security;
using Qtickets.TestUtilities;

namespace Qtickets.Configuration.Tests;

/// <summary>What reading an env file says about its permissions: real files, real modes.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class EnvFilePermissionsTests : IDisposable
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string EnvFile(string name, string content, int mode)
    {
        var path = _temp.Write(name, content);
        File.SetUnixFileMode(path, (UnixFileMode)mode);
        return path;
    }

    [Theory]
    [InlineData(0b110_100_100, "group and others (mode 644)")]
    [InlineData(0b110_100_000, "group (mode 640)")]
    [InlineData(0b110_000_100, "others (mode 604)")]
    public void An_env_file_holding_a_secret_that_group_or_others_can_read_gets_a_warning_naming_it(int mode, string who)
    {
        var path = EnvFile(".env.qtickets_api", "QTICKETS_TOKEN=real-token-value-123\nORG_NAME=org\n", mode);

        var layers = SettingsLayers.Create(envFile: path, environment: NoEnvironment);

        var warning = Assert.Single(layers.Warnings);
        Assert.Equal($"env file {path} holds secrets and can be read by {who}: chmod 600 {path}", warning);
        Assert.Equal((UnixFileMode)mode, File.GetUnixFileMode(path));
    }

    [Theory]
    [InlineData("CLICKHOUSE_PASSWORD")]
    [InlineData("CH_PASSWORD")]
    [InlineData("CLICKHOUSE_ADMIN_PASSWORD")]
    [InlineData("CLICKHOUSE_READER_PASSWORD")]
    [InlineData("QTICKETS_PARTNERS_API_TOKEN")]
    public void Every_secret_setting_and_alias_counts_in_a_ch_env_file(string name)
    {
        var path = EnvFile("ch.env", $"CLICKHOUSE_HOST=127.0.0.1\n{name}=s3cret\n", 0b110_100_100);

        Assert.Single(SettingsLayers.Create(clickHouseEnvFile: path, environment: NoEnvironment).Warnings);
    }

    [Fact]
    public void An_owner_only_file_gets_no_warning()
    {
        var path = EnvFile(".env", "QTICKETS_TOKEN=real-token-value-123\n", 0b110_000_000);

        Assert.Empty(SettingsLayers.Create(envFile: path, environment: NoEnvironment).Warnings);
    }

    [Fact]
    public void A_readable_file_without_a_secret_gets_no_warning()
    {
        var path = EnvFile("settings.env", "QTICKETS_SINCE_HOURS=24\nQTICKETS_TOKEN=\n", 0b110_100_100);

        Assert.Empty(SettingsLayers.Create(envFile: path, environment: NoEnvironment).Warnings);
    }

    [Fact]
    public void A_sample_file_of_placeholders_gets_no_warning()
    {
        var path = EnvFile("qtickets_api.sample.env", "QTICKETS_TOKEN=dryrun-token\nDRY_RUN=true\n", 0b110_100_100);

        Assert.Empty(SettingsLayers.Create(envFile: path, environment: NoEnvironment).Warnings);
    }

    [Fact]
    public void A_file_qtickets_wrote_is_set_back_to_600_and_says_so()
    {
        var path = EnvFile("clickhouse.env", $"# Local ClickHouse\n{PrivateFile.MarkerLine}\nCLICKHOUSE_PASSWORD=x\n", 0b110_100_100);

        var layers = SettingsLayers.Create(clickHouseEnvFile: path, environment: NoEnvironment);

        Assert.Equal("600", PrivateFile.Octal(File.GetUnixFileMode(path)));
        Assert.Equal([$"env file {path} could be read by group and others (mode 644); qtickets wrote it and set it back to 600"], layers.Warnings);
        Assert.Empty(SettingsLayers.Create(clickHouseEnvFile: path, environment: NoEnvironment).Warnings);
    }
}
