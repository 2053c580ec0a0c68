using System.Reflection;
using System.Text.RegularExpressions;

namespace Qtickets.ClickHouse.Schema;

/// <summary>
/// The schema files embedded in this assembly (<c>Schema/*.sql</c>), in the order they are applied (by name).
/// </summary>
/// <remarks>
/// Database substitution: the files name the database <c>zakaz</c>. <see cref="ForDatabase"/> replaces every
/// whole-word occurrence of <c>zakaz</c> with the configured database, which must be a plain identifier
/// (validated first), so the result is as safe as the files. The files use the word for nothing else.
/// </remarks>
public static partial class SchemaCatalog
{
    public const string DatabaseToken = "zakaz";
    private const string ResourcePrefix = "qtickets/schema/";

    public static IReadOnlyList<SchemaScript> Load()
    {
        var assembly = typeof(SchemaCatalog).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => SchemaScript.Parse(name[ResourcePrefix.Length..], Read(assembly, name)))
            .ToList();
    }

    /// <summary>
    /// Every table, view and materialized view the schema files create, in the order they are applied. This is what
    /// a check of "the schema is in place" must cover, not a hand-written list that can fall behind the files.
    /// </summary>
    public static IReadOnlyList<SchemaObjectDefinition> DefinedObjects() =>
        Load()
            .SelectMany(script => script.Statements.Select(text => SchemaStatement.Create(script.Name, text)))
            .Where(statement => statement.ObjectName is not null && statement.Kind != SchemaStatementKind.CreateDatabase)
            .Select(statement => new SchemaObjectDefinition(statement.ObjectName!, KindName(statement.Kind), statement.Script))
            .ToList();

    public static string ForDatabase(string sql, string database)
    {
        var validated = Sql.SqlIdentifier.Validate(database, "database");
        return DatabaseWord().Replace(sql, validated);
    }

    private static string KindName(SchemaStatementKind kind) => kind switch
    {
        SchemaStatementKind.CreateTable => "table",
        SchemaStatementKind.CreateView => "view",
        _ => "materialized view",
    };

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded schema file {resource} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9_])zakaz(?![A-Za-z0-9_])", RegexOptions.CultureInvariant)]
    private static partial Regex DatabaseWord();
}
