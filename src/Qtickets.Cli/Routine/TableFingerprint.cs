using System.Globalization;

namespace Qtickets.Cli.Routine;

/// <summary>
/// The state of one table: its rows as a reader sees them, a hash over all of those rows, and the highest insert
/// block number among its active parts (null without parts).
/// </summary>
public sealed record TableFingerprint(string Table, ulong Rows, string Hash, long? LastBlock)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Rows} rows, hash {Hash}, last insert block {(LastBlock is { } block ? block.ToString(CultureInfo.InvariantCulture) : "none")}");
}
