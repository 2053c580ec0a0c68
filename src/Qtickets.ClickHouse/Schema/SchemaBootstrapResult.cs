namespace Qtickets.ClickHouse.Schema;

/// <summary>What <see cref="SchemaBootstrapper.ApplyAsync"/> did and found.</summary>
public sealed record SchemaBootstrapResult(
    string Database,
    ClickHouseServerVersion ServerVersion,
    IReadOnlyList<SchemaStatementResult> Statements,
    IReadOnlyList<SchemaTableInfo> Tables,
    IReadOnlyList<string> MissingRequired,
    long? MetaJobRunsCount)
{
    public IReadOnlyList<SchemaStatementResult> Applied =>
        Statements.Where(s => s.Outcome is SchemaStatementOutcome.Applied or SchemaStatementOutcome.Replaced).ToList();

    public IReadOnlyList<SchemaStatementResult> Skipped =>
        Statements.Where(s => s.Outcome == SchemaStatementOutcome.Skipped).ToList();

    public IReadOnlyList<SchemaStatementResult> Unchanged =>
        Statements.Where(s => s.Outcome == SchemaStatementOutcome.Unchanged).ToList();

    /// <summary>True when every table and view the schema files define exists (<see cref="SchemaCatalog.DefinedObjects"/>).</summary>
    public bool IsComplete => MissingRequired.Count == 0;
}
