namespace Qtickets.ClickHouse.Local;

/// <summary>Whether the local ClickHouse of a state directory runs, and where.</summary>
public sealed record LocalClickHouseStatus(
    string StateDirectory,
    string EnvFile,
    bool IsRunning,
    int? Pid,
    Uri? Url,
    string? Version,
    LocalClickHouseConnection? Connection);
