using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Qtickets.ClickHouse.Json;
using Qtickets.ClickHouse.Sql;
using Qtickets.Security;

namespace Qtickets.ClickHouse;

/// <summary>
/// <see cref="IClickHouseClient"/> over ClickHouse's HTTP interface and a caller-supplied <see cref="HttpClient"/>
/// (which this class does not dispose; <see cref="CreateHandler"/> gives a handler suited to ClickHouse).
/// Credentials travel in the <c>X-ClickHouse-User</c>/<c>X-ClickHouse-Key</c> headers, the database in
/// <c>?database=</c>; no settings are sent, so read-only accounts (which may not change settings) work too.
/// </summary>
public sealed partial class ClickHouseHttpClient : IClickHouseClient
{
    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly JsonSerializerOptions _json;
    private readonly SecretRedactor _redactor;

    public ClickHouseHttpClient(HttpClient http, ClickHouseConnectionOptions options, TimeProvider? timeProvider = null,
        ILogger<ClickHouseHttpClient>? logger = null, JsonSerializerOptions? jsonOptions = null)
        : this(http, options, timeProvider, (ILogger?)logger, jsonOptions)
    {
    }

    private ClickHouseHttpClient(HttpClient http, ClickHouseConnectionOptions options, TimeProvider? timeProvider,
        ILogger? logger, JsonSerializerOptions? jsonOptions)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        Options = options.EnsureValid();
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        _json = jsonOptions ?? ClickHouseJson.CreateOptions();
        _redactor = new SecretRedactor([Options.Password]);
    }

    public ClickHouseConnectionOptions Options { get; }

    /// <summary>
    /// A handler for ClickHouse: idle connections are dropped before the server's keep-alive timeout (3 s on
    /// 18.16) closes them, and certificate checks are skipped only when <see cref="ClickHouseConnectionOptions.VerifySsl"/> is false.
    /// </summary>
    public static SocketsHttpHandler CreateHandler(ClickHouseConnectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handler = new SocketsHttpHandler
        {
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(2),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(10),
        };
        if (options.Secure && !options.VerifySsl)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = static (_, _, _, _) => true;
        }

        return handler;
    }

    /// <summary>An <see cref="HttpClient"/> for <paramref name="options"/> whose timeout is left to this client.</summary>
    public static HttpClient CreateHttpClient(ClickHouseConnectionOptions options) =>
        new(CreateHandler(options), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };

    public Task ExecuteAsync(string sql, CancellationToken cancellationToken) =>
        SendAsync("a statement", QueryContent(sql), urlQuery: null,
            async (response, token) =>
            {
                await DrainAsync(response, "a statement", token).ConfigureAwait(false);
                return true;
            },
            cancellationToken);

    public Task<IReadOnlyList<T>> QueryAsync<T>(string sql, CancellationToken cancellationToken) =>
        SendAsync("a query", QueryContent(WithJsonFormat(sql)), urlQuery: null,
            (response, token) => ReadRowsAsync<T>(response, token), cancellationToken);

    public async Task<T?> QueryScalarAsync<T>(string sql, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<JsonElement>(sql, cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return default;
        }

        using var columns = rows[0].EnumerateObject();
        return columns.MoveNext()
            ? columns.Current.Value.Deserialize<T>(_json)
            : throw new InvalidOperationException("the query returned a row without columns");
    }

    public Task<long> InsertAsync<T>(string table, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return InsertAsync(table, AsAsync(rows), cancellationToken);
    }

    public Task<long> InsertAsync<T>(string table, IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        SqlIdentifier.ValidateTable(table);
        var content = new JsonEachRowContent<T>(rows, _json);
        return SendAsync($"an insert into {table}", content, $"INSERT INTO {table} FORMAT JSONEachRow",
            async (response, token) =>
            {
                await DrainAsync(response, $"an insert into {table}", token).ConfigureAwait(false);
                return content.RowsWritten;
            },
            cancellationToken);
    }

    public IClickHouseClient WithDatabase(string database) =>
        new ClickHouseHttpClient(_http, Options.WithDatabase(SqlIdentifier.Validate(database, "database")), _time, _logger, _json);

    public async Task<ClickHouseServerVersion> GetServerVersionAsync(CancellationToken cancellationToken)
    {
        var text = await QueryScalarAsync<string>("SELECT version() AS version", cancellationToken).ConfigureAwait(false);
        return ClickHouseServerVersion.Parse(text ?? string.Empty);
    }

    private static HttpContent QueryContent(string sql)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        return new StringContent(sql, Encoding.UTF8, "text/plain");
    }

    private static string WithJsonFormat(string sql)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        return sql.TrimEnd().TrimEnd(';').TrimEnd() + "\nFORMAT JSONEachRow";
    }


    private static async IAsyncEnumerable<T> AsAsync<T>(IEnumerable<T> rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
