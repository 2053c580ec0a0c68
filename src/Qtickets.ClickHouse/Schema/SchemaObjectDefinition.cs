namespace Qtickets.ClickHouse.Schema;

/// <summary>A table or view that a schema file creates: its name, what kind of object it is and the file that defines it.</summary>
public sealed record SchemaObjectDefinition(string Name, string Kind, string Script);
