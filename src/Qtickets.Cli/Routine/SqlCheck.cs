namespace Qtickets.Cli.Routine;

/// <summary>One SQL check of the routine: the query, the value it must give and the value it gave.</summary>
public sealed record SqlCheck(string Sql, string Expected, string Actual)
{
    public bool Passed => Expected == Actual;
}
