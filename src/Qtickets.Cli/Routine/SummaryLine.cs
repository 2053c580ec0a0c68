namespace Qtickets.Cli.Routine;

/// <summary>One line of a sales summary: what it is about, tickets, revenue.</summary>
public sealed record SummaryLine(string Label, ulong Tickets, double Revenue);
