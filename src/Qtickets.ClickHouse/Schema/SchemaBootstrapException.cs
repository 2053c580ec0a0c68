namespace Qtickets.ClickHouse.Schema;

/// <summary>A required schema statement was refused; names the file and the statement (never a password).</summary>
public sealed class SchemaBootstrapException(string script, string summary, Exception innerException)
    : Exception($"schema file {script} failed at '{summary}': {innerException.Message}", innerException)
{
    public string Script { get; } = script;

    public string Summary { get; } = summary;
}
