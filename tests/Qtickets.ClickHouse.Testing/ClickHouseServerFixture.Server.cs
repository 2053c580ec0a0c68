using Qtickets.ClickHouse.Local;

namespace Qtickets.ClickHouse.Testing;

public sealed partial class ClickHouseServerFixture
{
    private static async Task<LocalClickHouseConnection?> SharedServerAsync()
    {
        var envFile = Environment.GetEnvironmentVariable(EnvVariable);
        if (string.IsNullOrWhiteSpace(envFile) || !File.Exists(envFile))
        {
            return null;
        }

        var connection = LocalClickHouseEnvFile.Read(envFile);
        return await AnswersAsync(connection).ConfigureAwait(false) ? connection : null;
    }

    private static async Task<bool> AnswersAsync(LocalClickHouseConnection connection)
    {
        var options = connection.Options(connection.Admin, "system") with { RequestTimeout = TimeSpan.FromSeconds(3) };
        using var http = ClickHouseHttpClient.CreateHttpClient(options);
        try
        {
            await new ClickHouseHttpClient(http, options).ExecuteAsync("SELECT 1", CancellationToken.None).ConfigureAwait(false);
            return true;
        }
        catch (ClickHouseException)
        {
            return false;
        }
    }

    private async Task<LocalClickHouseConnection> StartPrivateServerAsync()
    {
        _privateStateDirectory = Directory.CreateTempSubdirectory("qtickets-clickhouse-").FullName;
        _privateServer = new LocalClickHouse(new LocalClickHouseOptions(Path.Combine(_privateStateDirectory, "server")));
        var result = await _privateServer.StartAsync(CancellationToken.None).ConfigureAwait(false);
        return result.Status.Connection ?? throw new InvalidOperationException("the private ClickHouse started without a connection");
    }

    private async Task StopPrivateServerAsync()
    {
        if (_privateServer is null)
        {
            return;
        }

        await _privateServer.StopAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            Directory.Delete(_privateStateDirectory!, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temporary folder must not fail the test run.
        }
    }
}
