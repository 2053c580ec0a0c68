using System.Net;
using System.Net.Sockets;
using Qtickets.ClickHouse.Local;
using Qtickets.TestUtilities;

namespace Qtickets.ClickHouse.Tests.Local;

/// <summary>Starting, stopping and inspecting real local servers, each in its own temporary state directory.</summary>
public sealed class LocalClickHouseTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempDirectory _dir = new();
    private readonly List<LocalClickHouse> _started = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Task.WhenAll(_started.Select(server => server.StopAsync(None)));

        _dir.Dispose();
    }

    private LocalClickHouse CreateSut(string name = "server", int? httpPort = null)
    {
        var server = new LocalClickHouse(new LocalClickHouseOptions(Path.Combine(_dir.Path, name)) { HttpPort = httpPort });
        _started.Add(server);
        return server;
    }

    [Fact]
    public async Task Start_runs_a_Moscow_time_server_and_writes_the_env_file_next_to_the_state_directory()
    {
        var sut = CreateSut();

        var result = await sut.StartAsync(None);

        Assert.False(result.WasAlreadyRunning);
        Assert.Equal(Path.Combine(_dir.Path, "server.env"), sut.EnvFile);
        var connection = LocalClickHouseEnvFile.Read(sut.EnvFile);
        Assert.Equal(("127.0.0.1", "zakaz", "admin", "etl_writer", "datalens_reader"),
            (connection.Host, connection.Database, connection.Admin.User, connection.Writer.User, connection.Reader.User));
        Assert.Equal(result.Status.Url, connection.Url);
        Assert.All(new[] { connection.Admin, connection.Writer, connection.Reader }, a => Assert.Equal(24, a.Password.Length));
        Assert.Equal(3, new[] { connection.Admin.Password, connection.Writer.Password, connection.Reader.Password }.Distinct().Count());
        Assert.Equal("Europe/Moscow", await QueryAsync(connection, "SELECT timezone()"));
    }

    [Fact]
    public async Task Server_keeps_its_files_in_the_state_directory_listens_on_loopback_only_and_hashes_passwords()
    {
        var sut = CreateSut();
        await sut.StartAsync(None);

        var config = await File.ReadAllTextAsync(sut.ConfigFile);
        var users = await File.ReadAllTextAsync(Path.Combine(sut.StateDirectory, "users.xml"));

        Assert.Contains("<listen_host>127.0.0.1</listen_host>", config, StringComparison.Ordinal);
        Assert.DoesNotContain("tcp_port_secure", config, StringComparison.Ordinal);
        Assert.True(Directory.EnumerateFileSystemEntries(Path.Combine(sut.StateDirectory, "data")).Any());
        Assert.True(File.Exists(Path.Combine(sut.StateDirectory, "logs", "clickhouse-server.log")));
        Assert.DoesNotContain(LocalClickHouseEnvFile.Read(sut.EnvFile).Admin.Password, users, StringComparison.Ordinal);
        Assert.Null(System.Xml.Linq.XDocument.Parse(users).Root!.Element("users")!.Element("default"));
    }

    [Fact]
    public async Task Starting_twice_reports_the_running_server_instead_of_starting_another()
    {
        var sut = CreateSut();
        var first = await sut.StartAsync(None);
        var envBefore = await File.ReadAllTextAsync(sut.EnvFile);

        var second = await sut.StartAsync(None);

        Assert.True(second.WasAlreadyRunning);
        Assert.Equal(first.Status.Pid, second.Status.Pid);
        Assert.Equal(envBefore, await File.ReadAllTextAsync(sut.EnvFile));
    }

    [Fact]
    public async Task Two_starts_at_the_same_time_share_one_server()
    {
        var first = CreateSut("shared");
        var second = CreateSut("shared");

        var results = await Task.WhenAll(first.StartAsync(None), second.StartAsync(None));

        Assert.Single(results, r => r.WasAlreadyRunning);
        Assert.Equal(results[0].Status.Pid, results[1].Status.Pid);
        Assert.All(results, r => Assert.True(r.Status.IsRunning));
    }

    [Fact]
    public async Task A_restart_keeps_the_passwords_port_and_data()
    {
        var sut = CreateSut();
        var first = await sut.StartAsync(None);
        var connection = LocalClickHouseEnvFile.Read(sut.EnvFile);
        await QueryAsync(connection, "CREATE DATABASE kept");

        Assert.True(await sut.StopAsync(None));
        var second = await sut.StartAsync(None);

        Assert.NotEqual(first.Status.Pid, second.Status.Pid);
        Assert.Equal(connection, LocalClickHouseEnvFile.Read(sut.EnvFile));
        Assert.Equal("1", await QueryAsync(connection, "SELECT count() FROM system.databases WHERE name = 'kept'"));
    }

    [Fact]
    public async Task Stop_stops_only_the_server_of_its_state_directory()
    {
        var first = CreateSut("first");
        var second = CreateSut("second");
        var firstPid = (await first.StartAsync(None)).Status.Pid;
        await second.StartAsync(None);

        Assert.True(await first.StopAsync(None));

        Assert.False((await first.GetStatusAsync(None)).IsRunning);
        Assert.True(HasExited(firstPid!.Value));
        Assert.True((await second.GetStatusAsync(None)).IsRunning);
    }

    [Fact]
    public async Task A_stale_pid_file_naming_another_process_is_never_signalled()
    {
        var sut = CreateSut();
        Directory.CreateDirectory(Path.Combine(sut.StateDirectory, "run"));
        await File.WriteAllTextAsync(Path.Combine(sut.StateDirectory, "run", "clickhouse-server.pid"), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var stopped = await sut.StopAsync(None);

        Assert.False(stopped);
        Assert.False((await sut.GetStatusAsync(None)).IsRunning);
    }

    [Fact]
    public async Task Status_without_a_server_says_it_is_not_running()
    {
        var status = await CreateSut("never-started").GetStatusAsync(None);

        Assert.Equal((false, (int?)null, (Uri?)null), (status.IsRunning, status.Pid, status.Url));
    }

    [Fact]
    public async Task A_requested_HTTP_port_is_used()
    {
        var port = FreePort();
        var sut = CreateSut(httpPort: port);

        var result = await sut.StartAsync(None);

        Assert.Equal(port, result.Status.Url!.Port);
        Assert.Equal(port, LocalClickHouseEnvFile.Read(sut.EnvFile).Port);
    }

    [Fact]
    public async Task A_requested_port_that_is_taken_is_a_usage_error()
    {
        using var blocker = new TcpListener(IPAddress.Loopback, 0);
        blocker.Start();
        var sut = CreateSut(httpPort: ((IPEndPoint)blocker.LocalEndpoint).Port);

        var error = await Assert.ThrowsAsync<LocalClickHouseException>(() => sut.StartAsync(None));

        Assert.True(error.IsUsageError);
        Assert.Contains("in use", error.Message, StringComparison.Ordinal);
    }

    private static bool HasExited(int pid)
    {
        // An exited server may linger as a zombie until its (re-)parent reaps it.
        var stat = $"/proc/{pid}/stat";
        return !File.Exists(stat) || File.ReadAllText(stat).Split(") ")[^1].StartsWith('Z');
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<string?> QueryAsync(LocalClickHouseConnection connection, string sql)
    {
        var options = connection.Options(connection.Admin, "system");
        using var http = ClickHouseHttpClient.CreateHttpClient(options);
        var client = new ClickHouseHttpClient(http, options);
        if (!sql.StartsWith("SELECT", StringComparison.Ordinal))
        {
            await client.ExecuteAsync(sql, None);
            return null;
        }

        return (await client.QueryScalarAsync<System.Text.Json.JsonElement>(sql, None)).ToString();
    }
}
