using Qtickets.ClickHouse.Sql;

namespace Qtickets.ClickHouse.Schema;

public sealed partial class SchemaBootstrapper
{
    /// <summary>
    /// An existing table (for instance one the earlier stack created) gets the columns the schema file has and it
    /// lacks, so the loader can write every column, and a column the schema now allows to be NULL (an unknown
    /// capacity) becomes Nullable of its type, which keeps every value. Nothing is dropped or re-keyed; other
    /// differences in type are reported only.
    /// </summary>
    private async Task<SchemaStatementResult> CompleteColumnsAsync(SchemaScript script, SchemaStatement statement, CancellationToken cancellationToken)
    {
        var table = statement.ObjectName!;
        var wanted = await WithProbeAsync(script, statement, probe => ColumnsAsync(probe, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        var existing = (await ColumnsAsync(table, cancellationToken).ConfigureAwait(false)).ToDictionary(c => c.Name, StringComparer.Ordinal);
        var widened = wanted.Where(c => existing.TryGetValue(c.Name, out var have) && c.Type == $"Nullable({have.Type})").ToList();
        var retyped = wanted.Where(c => existing.TryGetValue(c.Name, out var have) && have.Type != c.Type && !widened.Contains(c))
            .Select(c => $"{c.Name} is {existing[c.Name].Type}, the schema says {c.Type}")
            .ToList();
        var note = retyped.Count == 0 ? string.Empty : $"; left as they are: {string.Join(", ", retyped)}";
        var missing = wanted.Where(c => !existing.ContainsKey(c.Name)).ToList();
        if (missing.Count == 0 && widened.Count == 0)
        {
            return Result(statement, SchemaStatementOutcome.Unchanged, "exists" + note);
        }

        var changes = missing.Select(c => "ADD COLUMN " + c.Definition).Concat(widened.Select(c => "MODIFY COLUMN " + c.Definition));
        var done = string.Join("; ", new[]
        {
            missing.Count > 0 ? $"existed without column(s) {string.Join(", ", missing.Select(c => c.Name))}; added them" : null,
            widened.Count > 0 ? $"column(s) {string.Join(", ", widened.Select(c => c.Name))} made Nullable" : null,
        }.OfType<string>());
        var alter = $"ALTER TABLE {_database}.{table} " + string.Join(", ", changes);
        return await ExecuteAsync(script, statement, alter, SchemaStatementOutcome.Applied, cancellationToken, done + note).ConfigureAwait(false);
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
