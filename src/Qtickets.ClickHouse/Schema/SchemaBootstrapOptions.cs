namespace Qtickets.ClickHouse.Schema;

/// <summary>
/// What to bootstrap: the database name (a plain identifier) and, for servers with SQL users, the passwords of the
/// writer and reader accounts (without them the <c>CREATE USER</c> statements are skipped).
/// </summary>
public sealed record SchemaBootstrapOptions(string Database = SchemaObjects.DefaultDatabase)
{
    public string? WriterPassword { get; init; }

    public string? ReaderPassword { get; init; }

    public override string ToString() =>
        $"database {Database}, writer password {(WriterPassword is null ? "unset" : "***")}, reader password {(ReaderPassword is null ? "unset" : "***")}";
}
