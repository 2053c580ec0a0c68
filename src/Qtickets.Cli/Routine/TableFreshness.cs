namespace Qtickets.Cli.Routine;

/// <summary>Rows of a table and when it was last written (Moscow wall clock; null when empty).</summary>
public sealed record TableFreshness(string Table, ulong Rows, DateTime? LastWrite, ulong AgeSeconds);
