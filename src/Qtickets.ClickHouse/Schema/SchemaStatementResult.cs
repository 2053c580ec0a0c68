namespace Qtickets.ClickHouse.Schema;

/// <summary>One statement of a schema file and what happened to it. <see cref="Summary"/> never contains a password.</summary>
public sealed record SchemaStatementResult(string Script, string Summary, SchemaStatementOutcome Outcome, string? Reason = null);
