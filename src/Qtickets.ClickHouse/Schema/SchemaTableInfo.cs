namespace Qtickets.ClickHouse.Schema;

/// <summary>A table or view of the database after the bootstrap; <see cref="Rows"/> is null for plain views.</summary>
public sealed record SchemaTableInfo(string Name, string Engine, long? Rows);
