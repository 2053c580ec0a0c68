namespace Qtickets.ClickHouse.Testing;

/// <summary>Marker for the ClickHouse test fixtures.</summary>
public static class AssemblyMarker
{
}
