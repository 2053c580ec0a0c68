namespace Qtickets.ClickHouse.Schema;

/// <summary>What the bootstrap did with one statement.</summary>
public enum SchemaStatementOutcome
{
    /// <summary>Executed: the object was missing (or the statement is a grant).</summary>
    Applied,

    /// <summary>A view or materialized view existed with another definition and was dropped and created again.</summary>
    Replaced,

    /// <summary>The object exists as defined; nothing was sent.</summary>
    Unchanged,

    /// <summary>Not applied; <see cref="SchemaStatementResult.Reason"/> says why.</summary>
    Skipped,
}
