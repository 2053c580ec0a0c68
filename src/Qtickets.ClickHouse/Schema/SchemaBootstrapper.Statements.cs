using System.Text.RegularExpressions;
using Qtickets.ClickHouse.Sql;

namespace Qtickets.ClickHouse.Schema;

public sealed partial class SchemaBootstrapper
{
    private async Task<SchemaStatementResult> CreateDatabaseAsync(SchemaScript script, SchemaStatement statement, CancellationToken cancellationToken)
    {
        var exists = await _server.QueryScalarAsync<long>(
            $"SELECT count() FROM system.databases WHERE name = {SqlLiteral.String(statement.ObjectName)}",
            cancellationToken).ConfigureAwait(false);
        return exists > 0
            ? Result(statement, SchemaStatementOutcome.Unchanged, "exists")
            : await ExecuteAsync(script, statement, statement.Sql, SchemaStatementOutcome.Applied, cancellationToken).ConfigureAwait(false);
    }

    private async Task<SchemaStatementResult> CreateTableAsync(SchemaScript script, SchemaStatement statement, CancellationToken cancellationToken)
    {
        var existing = await DefinitionAsync(statement.ObjectName!, cancellationToken).ConfigureAwait(false);
        return existing is not null
            ? await CompleteColumnsAsync(script, statement, cancellationToken).ConfigureAwait(false)
            : await ExecuteAsync(script, statement, statement.Sql, SchemaStatementOutcome.Applied, cancellationToken).ConfigureAwait(false);
    }

    private async Task<SchemaStatementResult> CreateOrReplaceViewAsync(SchemaScript script, SchemaStatement statement, CancellationToken cancellationToken)
    {
        var name = statement.ObjectName!;
        var existing = await DefinitionAsync(name, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            return await ExecuteAsync(script, statement, statement.Sql, SchemaStatementOutcome.Applied, cancellationToken).ConfigureAwait(false);
        }

        var wanted = await ProbeDefinitionAsync(script, statement, cancellationToken).ConfigureAwait(false);
        if (Normalize(wanted) == Normalize(existing))
        {
            return Result(statement, SchemaStatementOutcome.Unchanged, "exists with the same definition");
        }

        // ClickHouse 18.16 has neither CREATE OR REPLACE VIEW nor DROP VIEW; DROP TABLE drops views on every version.
        await ExecuteAsync(script, statement, $"DROP TABLE IF EXISTS {_database}.{name}", SchemaStatementOutcome.Applied, cancellationToken)
            .ConfigureAwait(false);
        return await ExecuteAsync(script, statement, statement.Sql, SchemaStatementOutcome.Replaced, cancellationToken,
            "its definition differed from the schema file").ConfigureAwait(false);
    }

    /// <summary>Creates the probe of <paramref name="statement"/>, runs <paramref name="inspect"/> on its name, drops it.</summary>
    private async Task<T> WithProbeAsync<T>(SchemaScript script, SchemaStatement statement, Func<string, Task<T>> inspect,
        CancellationToken cancellationToken)
    {
        var probe = statement.ObjectName + ProbeSuffix;
        var drop = $"DROP TABLE IF EXISTS {_database}.{probe}";
        await ExecuteAsync(script, statement, drop, SchemaStatementOutcome.Applied, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(script, statement, statement.AsProbe(probe), SchemaStatementOutcome.Applied, cancellationToken).ConfigureAwait(false);
        try
        {
            return await inspect(probe).ConfigureAwait(false);
        }
        finally
        {
            // Cleanup runs even when the caller gave up: a leftover probe would show in the table list.
            await ExecuteAsync(script, statement, drop, SchemaStatementOutcome.Applied, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private Task<string> ProbeDefinitionAsync(SchemaScript script, SchemaStatement statement, CancellationToken cancellationToken) =>
        WithProbeAsync(script, statement, async probe =>
        {
            var definition = await DefinitionAsync(probe, cancellationToken).ConfigureAwait(false) ?? string.Empty;
            return definition.Replace($"{_database}.{probe}", $"{_database}.{statement.ObjectName}", StringComparison.Ordinal);
        }, cancellationToken);

    private async Task<SchemaStatementResult> ExecuteOtherAsync(SchemaScript script, SchemaStatement statement, CancellationToken cancellationToken)
    {
        var missing = new List<string>();
        var sql = Placeholder().Replace(statement.Sql, match => Fill(match.Groups["name"].Value, missing));
        return missing.Count > 0
            ? Result(statement, SchemaStatementOutcome.Skipped, $"no password configured for {string.Join(", ", missing)}")
            : await ExecuteAsync(script, statement, sql, SchemaStatementOutcome.Applied, cancellationToken).ConfigureAwait(false);
    }

    private string Fill(string placeholder, List<string> missing)
    {
        var (account, password) = placeholder switch
        {
            "etl_writer_password" => ("etl_writer", _options.WriterPassword),
            "datalens_reader_password" => ("datalens_reader", _options.ReaderPassword),
            _ => throw new InvalidOperationException($"unknown schema placeholder {{{{{placeholder}}}}}"),
        };
        if (string.IsNullOrEmpty(password))
        {
            missing.Add(account);
            return string.Empty;
        }

        return SqlLiteral.String(password);
    }

    private async Task<SchemaStatementResult> ExecuteAsync(SchemaScript script, SchemaStatement statement, string sql,
        SchemaStatementOutcome outcome, CancellationToken cancellationToken, string? reason = null)
    {
        try
        {
            await _server.ExecuteAsync(sql, cancellationToken).ConfigureAwait(false);
            return Result(statement, outcome, reason);
        }
        catch (ClickHouseException ex) when (script.IsOptional && ex.ErrorCode is not null)
        {
            return Result(statement, SchemaStatementOutcome.Skipped, $"refused by the server: {ex.ServerMessage}");
        }
        catch (ClickHouseException ex) when (ex.ErrorCode is not null)
        {
            throw new SchemaBootstrapException(script.Name, statement.Summary, ex);
        }
    }

    private async Task<string?> DefinitionAsync(string name, CancellationToken cancellationToken)
    {
        var rows = await _server.QueryAsync<TableDefinition>(
            "SELECT create_table_query FROM system.tables " +
            $"WHERE database = {SqlLiteral.String(_database)} AND name = {SqlLiteral.String(name)}",
            cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0].CreateTableQuery;
    }

    private static string Normalize(string definition) => Whitespace().Replace(definition, " ").Trim();

    private static SchemaStatementResult Result(SchemaStatement statement, SchemaStatementOutcome outcome, string? reason) =>
        new(statement.Script, statement.Summary, outcome, reason);

    [GeneratedRegex(@"\{\{(?<name>\w+)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private sealed record TableDefinition(string CreateTableQuery);
}
