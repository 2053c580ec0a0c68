using Qtickets.ClickHouse.Sql;

namespace Qtickets.ClickHouse.Schema;

public sealed partial class SchemaBootstrapper
{
    /// <summary>
    /// An existing table (for instance one the earlier stack created) gets the columns the schema file has and it
    /// lacks, so the loader can write every column; nothing is dropped, retyped or re-keyed. Differences in type
    /// are reported only.
    /// </summary>
    private async Task<SchemaStatementResult> CompleteColumnsAsync(SchemaScript script, SchemaStatement statement, CancellationToken cancellationToken)
    {
        var table = statement.ObjectName!;
        var wanted = await WithProbeAsync(script, statement, probe => ColumnsAsync(probe, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        var existing = (await ColumnsAsync(table, cancellationToken).ConfigureAwait(false)).ToDictionary(c => c.Name, StringComparer.Ordinal);
        var retyped = wanted.Where(c => existing.TryGetValue(c.Name, out var have) && have.Type != c.Type)
            .Select(c => $"{c.Name} is {existing[c.Name].Type}, the schema says {c.Type}")
            .ToList();
        var note = retyped.Count == 0 ? string.Empty : $"; left as they are: {string.Join(", ", retyped)}";
        var missing = wanted.Where(c => !existing.ContainsKey(c.Name)).ToList();
        if (missing.Count == 0)
        {
            return Result(statement, SchemaStatementOutcome.Unchanged, "exists" + note);
        }

        var alter = $"ALTER TABLE {_database}.{table} " + string.Join(", ", missing.Select(c => "ADD COLUMN " + c.Definition));
        return await ExecuteAsync(script, statement, alter, SchemaStatementOutcome.Applied, cancellationToken,
            $"existed without column(s) {string.Join(", ", missing.Select(c => c.Name))}; added them{note}").ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<ColumnDefinition>> ColumnsAsync(string table, CancellationToken cancellationToken) =>
        await _server.QueryAsync<ColumnDefinition>(
            "SELECT name, type, default_kind, default_expression FROM system.columns " +
            $"WHERE database = {SqlLiteral.String(_database)} AND table = {SqlLiteral.String(table)}",
            cancellationToken).ConfigureAwait(false);

    private sealed record ColumnDefinition(string Name, string Type, string DefaultKind, string DefaultExpression)
    {
        public string Definition => DefaultKind.Length == 0
            ? $"{SqlIdentifier.Quote(Name)} {Type}"
            : $"{SqlIdentifier.Quote(Name)} {Type} {DefaultKind} {DefaultExpression}";
    }
}
