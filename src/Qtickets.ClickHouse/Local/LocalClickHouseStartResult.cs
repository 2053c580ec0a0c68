namespace Qtickets.ClickHouse.Local;

/// <summary>The outcome of <see cref="LocalClickHouse.StartAsync"/>: the server runs (again or still) and the env file is written.</summary>
public sealed record LocalClickHouseStartResult(LocalClickHouseStatus Status, bool WasAlreadyRunning, bool Installed);
