using Qtickets.Configuration;
using Qtickets.TestUtilities;

namespace Qtickets.Faults.Tests.Configuration;

/// <summary>Env files written for a shell: accepted lines must configure the run, never be dropped silently.</summary>
public sealed class EnvFileTests : IDisposable
{
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Shell_style_export_lines_in_an_env_file_are_read_not_ignored()
    {
        // Regression: the file was accepted, but dotenv.net kept "export " in the names, so this ran in stub mode.
        var file = _files.Write("export.env", string.Join('\n',
            "export QTICKETS_TOKEN=token-from-an-export-line",
            "export  ORG_NAME=org",
            "export QTICKETS_BASE_URL=http://127.0.0.1:1/api/rest/v1",
            "CLICKHOUSE_HOST=127.0.0.1",
            "export CLICKHOUSE_PORT=8123",
            "export CLICKHOUSE_DB=zakaz",
            "export CLICKHOUSE_USER=etl_writer",
            string.Empty));

        var settings = LoaderSettingsParser.Parse(SettingsLayers.Create(envFile: file, environment: new Dictionary<string, string>()));

        Assert.Null(settings.StubReason);
        Assert.Equal("token-from-an-export-line", settings.Qtickets.Token?.Value);
        Assert.Equal("org", settings.Qtickets.OrgName);
        Assert.Equal(8123, settings.ClickHouse.Port);
    }
}
