using Qtickets.ClickHouse.Local;
using Qtickets.ClickHouse.Schema;

namespace Qtickets.ClickHouse.Testing;

/// <summary>
/// A real ClickHouse for integration tests (xunit class or collection fixture). When the environment variable
/// <see cref="EnvVariable"/> names a dotenv file written by <c>qtickets clickhouse start</c> (test.sh does that) and
/// that server answers, it is used; otherwise a private server is started in a temporary state directory and stopped
/// on dispose. Tests isolate themselves with <see cref="CreateDatabaseAsync"/>: a freshly bootstrapped database with
/// a unique name, dropped on dispose, so test classes and test projects run in parallel on one server.
/// </summary>
/// <example>
/// <code>
/// public sealed class LoaderTests(ClickHouseServerFixture clickHouse) : IClassFixture&lt;ClickHouseServerFixture&gt;
/// {
///     [Fact]
///     public async Task Something()
///     {
///         await using var db = await clickHouse.CreateDatabaseAsync();
///         await db.Writer.InsertAsync("stg_qtickets_api_orders_raw", rows, CancellationToken.None);
///     }
/// }
/// </code>
/// </example>
public sealed partial class ClickHouseServerFixture : IAsyncLifetime
{
    public const string EnvVariable = "QTICKETS_TEST_CLICKHOUSE_ENV";

    private readonly List<ClickHouseTestDatabase> _databases = [];
    private readonly Lock _gate = new();
    private LocalClickHouse? _privateServer;
    private string? _privateStateDirectory;
    private HttpClient? _http;
    private LocalClickHouseConnection? _connection;

    /// <summary>The server and its accounts (admin, etl_writer, datalens_reader).</summary>
    public LocalClickHouseConnection Connection => _connection ?? throw new InvalidOperationException("the fixture is not initialised");

    /// <summary>True when this fixture started its own server (no usable <see cref="EnvVariable"/>).</summary>
    public bool IsPrivateServer => _privateServer is not null;

    private HttpClient Http => _http ?? throw new InvalidOperationException("the fixture is not initialised");

    public async Task InitializeAsync()
    {
        _connection = await SharedServerAsync().ConfigureAwait(false) ?? await StartPrivateServerAsync().ConfigureAwait(false);
        _http = ClickHouseHttpClient.CreateHttpClient(Connection.Options(Connection.Admin));
    }

    /// <summary>Connection options for an account of this server, in <paramref name="database"/> (default: <c>default</c>).</summary>
    public ClickHouseConnectionOptions Options(ClickHouseAccount account, string database = "default") =>
        Connection.Options(account, database);

    public IClickHouseClient CreateAdminClient(string database = "default") => Client(Connection.Admin, database);

    public IClickHouseClient CreateWriterClient(string database = "default") => Client(Connection.Writer, database);

    public IClickHouseClient CreateReaderClient(string database = "default") => Client(Connection.Reader, database);

    /// <summary>A client with its own options (e.g. a short timeout), sharing the fixture's connections.</summary>
    public IClickHouseClient CreateClient(ClickHouseConnectionOptions options) => new ClickHouseHttpClient(Http, options);

    /// <summary>
    /// A new database with a unique name (<c>zakaz_t_xxxxxxxx</c>), bootstrapped with the whole schema unless
    /// <paramref name="bootstrap"/> is false (then empty). Dropped when disposed, or at the latest with the fixture.
    /// </summary>
    public async Task<ClickHouseTestDatabase> CreateDatabaseAsync(bool bootstrap = true, CancellationToken cancellationToken = default)
    {
        var name = "zakaz_t_" + Guid.NewGuid().ToString("N")[..12];
        var admin = CreateAdminClient();
        SchemaBootstrapResult? result = null;
        if (bootstrap)
        {
            result = await new SchemaBootstrapper(admin, new SchemaBootstrapOptions(name)).ApplyAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await admin.ExecuteAsync($"CREATE DATABASE {name}", cancellationToken).ConfigureAwait(false);
        }

        var database = new ClickHouseTestDatabase(this, name, result);
        lock (_gate)
        {
            _databases.Add(database);
        }

        return database;
    }

    public async Task DisposeAsync()
    {
        List<ClickHouseTestDatabase> left;
        lock (_gate)
        {
            left = [.. _databases];
        }

        foreach (var database in left)
        {
            await database.DisposeAsync().ConfigureAwait(false);
        }

        _http?.Dispose();
        await StopPrivateServerAsync().ConfigureAwait(false);
    }

    internal async Task DropAsync(ClickHouseTestDatabase database)
    {
        lock (_gate)
        {
            _databases.Remove(database);
        }

        await CreateAdminClient().ExecuteAsync($"DROP DATABASE IF EXISTS {database.Name}", CancellationToken.None).ConfigureAwait(false);
    }

    private IClickHouseClient Client(ClickHouseAccount account, string database) =>
        new ClickHouseHttpClient(Http, Connection.Options(account, database));
}
