using Qtickets.ClickHouse.Sql;

namespace Qtickets.ClickHouse.Schema;

public sealed partial class SchemaBootstrapper
{
    private async Task<SchemaBootstrapResult> InspectAsync(ClickHouseServerVersion version, List<SchemaStatementResult> results,
        CancellationToken cancellationToken)
    {
        var tables = await ListTablesAsync(_server, _database, cancellationToken).ConfigureAwait(false);
        var names = tables.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        // Every object the files define must exist, not only the ones the operator routine names.
        var missing = SchemaCatalog.DefinedObjects().Select(o => o.Name).Where(name => !names.Contains(name)).ToList();
        var jobRuns = tables.FirstOrDefault(t => t.Name == SchemaObjects.JobRuns)?.Rows;
        return new SchemaBootstrapResult(_database, version, results, tables, missing, jobRuns);
    }

    /// <summary>
    /// The tables and views of <paramref name="database"/> with their row counts (null for plain views, whose count
    /// would run their query); the inner tables of materialized views are left out.
    /// </summary>
    public static async Task<IReadOnlyList<SchemaTableInfo>> ListTablesAsync(IClickHouseClient client, string database,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        SqlIdentifier.Validate(database, "database");
        var rows = await client.QueryAsync<TableRow>(
            "SELECT name, engine FROM system.tables " +
            $"WHERE database = {SqlLiteral.String(database)} AND NOT startsWith(name, '.') ORDER BY name",
            cancellationToken).ConfigureAwait(false);
        var tables = new List<SchemaTableInfo>(rows.Count);
        foreach (var row in rows)
        {
            long? count = row.Engine == "View" || !SqlIdentifier.IsValid(row.Name)
                ? null
                : await client.QueryScalarAsync<long>($"SELECT count() FROM {database}.{row.Name}", cancellationToken).ConfigureAwait(false);
            tables.Add(new SchemaTableInfo(row.Name, row.Engine, count));
        }

        return tables;
    }

    private sealed record TableRow(string Name, string Engine);
}
