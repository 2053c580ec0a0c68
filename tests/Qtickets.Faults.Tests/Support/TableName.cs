namespace Qtickets.Faults.Tests.Support;

/// <summary>A row of <c>system.tables</c>: a table of the database under test.</summary>
internal sealed record TableName(string Name);
