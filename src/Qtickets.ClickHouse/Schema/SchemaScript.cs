namespace Qtickets.ClickHouse.Schema;

/// <summary>
/// One schema file: its statements (comments removed) and its directives, written as comment lines
/// <c>-- qtickets: requires sql-access-control</c> (skip on servers without SQL users and roles) and
/// <c>-- qtickets: optional</c> (a refused statement is reported as skipped instead of failing the bootstrap).
/// </summary>
public sealed record SchemaScript(string Name, IReadOnlyList<string> Statements, bool RequiresSqlAccessControl, bool IsOptional)
{
    private const string DirectivePrefix = "-- qtickets:";

    public static SchemaScript Parse(string name, string text)
    {
        var directives = text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith(DirectivePrefix, StringComparison.Ordinal))
            .Select(line => line[DirectivePrefix.Length..].Trim())
            .ToHashSet(StringComparer.Ordinal);
        return new SchemaScript(name, SqlScriptSplitter.Split(text),
            directives.Contains("requires sql-access-control"), directives.Contains("optional"));
    }
}
