using Qtickets.ClickHouse.Schema;

namespace Qtickets.Cli.Routine;

/// <summary>Everything the Markdown report of <c>qtickets verify</c> holds.</summary>
public sealed record VerifyReport(
    DateTimeOffset StartedAt,
    string LoaderVersion,
    string? ClickHouseVersion,
    string ClickHouseEndpoint,
    string Database,
    IReadOnlyList<VerifyStep> Steps,
    IReadOnlyList<SchemaTableInfo> Tables)
{
    public bool Passed => Steps.All(s => s.Outcome != StepOutcome.Failed);
}
