namespace Qtickets.ClickHouse.Schema;

/// <summary>How the bootstrap treats a statement: objects are created when missing; views are compared.</summary>
internal enum SchemaStatementKind
{
    CreateDatabase,
    CreateTable,
    CreateView,
    CreateMaterializedView,
    Other,
}
