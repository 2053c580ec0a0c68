namespace Qtickets.ClickHouse;

/// <summary>
/// A small, version-agnostic ClickHouse client over the HTTP interface (works with 18.16 and 24.8). One instance
/// talks to one database as one user (<see cref="Options"/>). Every failure is a <see cref="ClickHouseException"/>
/// carrying the HTTP status, the server's error code and message (never the password); cancellation through the
/// token is an <see cref="OperationCanceledException"/>. Instances are safe to use from several threads.
/// </summary>
/// <remarks>
/// There are no query parameters on 18.16: build SQL text with <see cref="Sql.SqlLiteral"/> for values and
/// <see cref="Sql.SqlIdentifier"/> for names. Row types map to columns as described by <see cref="Json.ClickHouseJson"/>.
/// </remarks>
public interface IClickHouseClient
{
    /// <summary>Where this client sends requests and as whom (its <c>ToString</c> hides the password).</summary>
    ClickHouseConnectionOptions Options { get; }

    /// <summary>Runs a statement that returns no rows (DDL, <c>INSERT ... SELECT</c>, <c>OPTIMIZE</c>...).</summary>
    /// <param name="sql">One statement, without a trailing <c>FORMAT</c> clause.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task ExecuteAsync(string sql, CancellationToken cancellationToken);

    /// <summary>
    /// Runs a <c>SELECT</c> and returns its rows as <typeparamref name="T"/>. The client appends
    /// <c>FORMAT JSONEachRow</c>; <paramref name="sql"/> must not carry a <c>FORMAT</c> clause of its own.
    /// </summary>
    /// <param name="sql">A query returning rows whose column names match the properties of <typeparamref name="T"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<IReadOnlyList<T>> QueryAsync<T>(string sql, CancellationToken cancellationToken);

    /// <summary>
    /// Runs a query and returns the first column of its first row converted to <typeparamref name="T"/>, or
    /// <c>default</c> when there is no row (so <c>SELECT count() ...</c> gives a number directly).
    /// </summary>
    /// <param name="sql">A query whose first column holds the value.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<T?> QueryScalarAsync<T>(string sql, CancellationToken cancellationToken);

    /// <summary>
    /// Streams <paramref name="rows"/> into <paramref name="table"/> as one <c>INSERT ... FORMAT JSONEachRow</c>
    /// request: rows are serialised into the request body while it is sent, never collected into one string.
    /// The rows are enumerated once. Returns the number of rows sent.
    /// </summary>
    /// <param name="table"><c>table</c> (in <see cref="ClickHouseConnectionOptions.Database"/>) or <c>database.table</c>; plain identifiers only.</param>
    /// <param name="rows">The rows; property names map to columns, absent columns take their defaults.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<long> InsertAsync<T>(string table, IEnumerable<T> rows, CancellationToken cancellationToken);

    /// <summary>As <see cref="InsertAsync{T}(string, IEnumerable{T}, CancellationToken)"/>, for rows produced asynchronously.</summary>
    /// <param name="table"><c>table</c> or <c>database.table</c>; plain identifiers only.</param>
    /// <param name="rows">The rows, enumerated once while the request body is sent.</param>
    /// <param name="cancellationToken">Cancels the request and the enumeration.</param>
    Task<long> InsertAsync<T>(string table, IAsyncEnumerable<T> rows, CancellationToken cancellationToken);

    /// <summary>
    /// A client for another database of the same server, as the same user, sharing this client's connections.
    /// </summary>
    /// <param name="database">A plain identifier (see <see cref="Sql.SqlIdentifier"/>).</param>
    IClickHouseClient WithDatabase(string database);

    /// <summary>The server's version (<c>SELECT version()</c>), e.g. to gate SQL that older servers refuse.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<ClickHouseServerVersion> GetServerVersionAsync(CancellationToken cancellationToken);
}
