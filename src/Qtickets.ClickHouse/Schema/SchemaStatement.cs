using System.Text.RegularExpressions;

namespace Qtickets.ClickHouse.Schema;

/// <summary>
/// One statement ready for a database (the name substituted), classified by what it creates. <see cref="Sql"/>
/// may still hold password placeholders (<c>{{name}}</c>); <see cref="Summary"/> is taken before they are filled.
/// </summary>
internal sealed partial record SchemaStatement(string Script, string Sql, SchemaStatementKind Kind, string? ObjectName)
{
    private const int SummaryLength = 110;

    public string Summary
    {
        get
        {
            var flat = Whitespace().Replace(Sql, " ");
            return flat.Length <= SummaryLength ? flat : string.Concat(flat.AsSpan(0, SummaryLength), "...");
        }
    }

    public static SchemaStatement Create(string script, string sql)
    {
        if (CreateDatabasePattern().Match(sql) is { Success: true } database)
        {
            return new SchemaStatement(script, sql, SchemaStatementKind.CreateDatabase, database.Groups["name"].Value);
        }

        var created = CreateObjectPattern().Match(sql);
        if (!created.Success)
        {
            return new SchemaStatement(script, sql, SchemaStatementKind.Other, null);
        }

        var kind = Whitespace().Replace(created.Groups["kind"].Value, " ").ToUpperInvariant() switch
        {
            "TABLE" => SchemaStatementKind.CreateTable,
            "VIEW" => SchemaStatementKind.CreateView,
            _ => SchemaStatementKind.CreateMaterializedView,
        };
        return new SchemaStatement(script, sql, kind, created.Groups["name"].Value);
    }

    /// <summary>
    /// The same view under another name, without IF NOT EXISTS and POPULATE: created next to the real one so the
    /// server formats both definitions the same way and they can be compared.
    /// </summary>
    public string AsProbe(string probeName)
    {
        var match = CreateObjectPattern().Match(Sql);
        var head = $"CREATE {match.Groups["kind"].Value} {match.Groups["db"].Value}.{probeName}";
        var rest = Sql[(match.Index + match.Length)..];
        return head + PopulateKeyword().Replace(rest, " ");
    }

    [GeneratedRegex(@"^\s*CREATE\s+DATABASE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?<name>\w+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreateDatabasePattern();

    [GeneratedRegex(@"^\s*CREATE\s+(?<kind>TABLE|VIEW|MATERIALIZED\s+VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?(?<db>\w+)\.(?<name>\w+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreateObjectPattern();

    [GeneratedRegex(@"\bPOPULATE\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PopulateKeyword();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
