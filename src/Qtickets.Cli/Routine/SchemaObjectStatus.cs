namespace Qtickets.Cli.Routine;

/// <summary>An object of the database after the bootstrap: what the schema says it is, and what the server has.</summary>
public sealed record SchemaObjectStatus(string Name, string Kind, string? Script, string? Engine, long? Rows)
{
    public bool Exists => Engine is not null;

    public bool Defined => Script is not null;
}
