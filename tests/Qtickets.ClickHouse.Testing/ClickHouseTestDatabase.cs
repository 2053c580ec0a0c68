using Qtickets.ClickHouse.Local;
using Qtickets.ClickHouse.Schema;

namespace Qtickets.ClickHouse.Testing;

/// <summary>
/// A uniquely named database on the test server (see <see cref="ClickHouseServerFixture.CreateDatabaseAsync"/>),
/// with clients for the three accounts; dropped on dispose.
/// </summary>
public sealed class ClickHouseTestDatabase : IAsyncDisposable
{
    private readonly ClickHouseServerFixture _server;
    private int _disposed;

    internal ClickHouseTestDatabase(ClickHouseServerFixture server, string name, SchemaBootstrapResult? bootstrap)
    {
        _server = server;
        Name = name;
        Bootstrap = bootstrap;
        Admin = server.CreateAdminClient(name);
        Writer = server.CreateWriterClient(name);
        Reader = server.CreateReaderClient(name);
    }

    /// <summary>The database name, e.g. <c>zakaz_t_3f2a91c04b7e</c>.</summary>
    public string Name { get; }

    /// <summary>What the bootstrap did; null for a database created empty.</summary>
    public SchemaBootstrapResult? Bootstrap { get; }

    /// <summary>The admin account (DDL allowed), in this database.</summary>
    public IClickHouseClient Admin { get; }

    /// <summary>The loader's account etl_writer (no DDL), in this database.</summary>
    public IClickHouseClient Writer { get; }

    /// <summary>The BI account datalens_reader (read-only), in this database.</summary>
    public IClickHouseClient Reader { get; }

    public ClickHouseConnectionOptions Options(ClickHouseAccount account) => _server.Options(account, Name);

    /// <summary>The server's connection with this database as <c>CLICKHOUSE_DB</c>.</summary>
    public LocalClickHouseConnection Connection => _server.Connection with { Database = Name };

    /// <summary>Writes a dotenv file like <c>.local/clickhouse.env</c> pointing at this database (for <c>--ch-env</c>).</summary>
    public void WriteEnvFile(string path) => LocalClickHouseEnvFile.Write(path, Connection);

    /// <summary><c>SELECT count() FROM table</c> in this database (as admin; add FINAL yourself where it matters).</summary>
    public async Task<long> CountAsync(string table, CancellationToken cancellationToken = default) =>
        await Admin.QueryScalarAsync<long>($"SELECT count() FROM {Name}.{Sql.SqlIdentifier.Validate(table, "table")}", cancellationToken)
            .ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _server.DropAsync(this).ConfigureAwait(false);
        }
    }
}
