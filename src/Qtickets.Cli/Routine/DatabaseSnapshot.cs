namespace Qtickets.Cli.Routine;

/// <summary>Every table of a database with its fingerprint, by name.</summary>
public sealed record DatabaseSnapshot(string Database, IReadOnlyList<TableFingerprint> Tables)
{
    /// <summary>Tables that differ from <paramref name="after"/>, appeared in it or disappeared from it.</summary>
    public IReadOnlyList<string> ChangedIn(DatabaseSnapshot after)
    {
        var before = Tables.ToDictionary(t => t.Table, StringComparer.Ordinal);
        var later = after.Tables.ToDictionary(t => t.Table, StringComparer.Ordinal);
        return before.Keys.Union(later.Keys)
            .Where(name => !Equals(before.GetValueOrDefault(name), later.GetValueOrDefault(name)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public TableFingerprint? Find(string table) => Tables.FirstOrDefault(t => t.Table == table);
}
