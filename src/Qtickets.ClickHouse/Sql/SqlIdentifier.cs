using System.Text.RegularExpressions;

namespace Qtickets.ClickHouse.Sql;

/// <summary>
/// Database and table names that end up in SQL text. ClickHouse 18.16 has no query parameters, so names coming
/// from configuration are accepted only in the plain form <c>[A-Za-z_][A-Za-z0-9_]*</c>; everything else is
/// rejected before any request, never escaped and hoped for.
/// </summary>
public static partial class SqlIdentifier
{
    public const int MaxLength = 128;

    public const string Rule =
        "is not a plain identifier: use letters, digits and '_' only, not starting with a digit, at most 128 characters";

    public static bool IsValid(string? name) => name is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(name);

    /// <summary>Returns <paramref name="name"/> when valid, otherwise throws naming <paramref name="what"/>.</summary>
    public static string Validate(string? name, string what) =>
        IsValid(name) ? name! : throw new ClickHouseConfigurationException($"{what} '{name}' {Rule}");

    /// <summary>A validated identifier in back quotes (accepted by every ClickHouse version).</summary>
    public static string Quote(string name) => $"`{Validate(name, "identifier")}`";

    /// <summary>
    /// Validates a table reference that is either <c>table</c> or <c>database.table</c> and returns it unchanged.
    /// </summary>
    public static string ValidateTable(string table)
    {
        var parts = table.Split('.');
        if (parts.Length is < 1 or > 2)
        {
            throw new ClickHouseConfigurationException($"table '{table}' must be 'table' or 'database.table'");
        }

        foreach (var part in parts)
        {
            Validate(part, $"table '{table}': name part");
        }

        return table;
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
