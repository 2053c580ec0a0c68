namespace Qtickets.Configuration;

/// <summary>
/// How this invocation behaves: job name, dry run, logging, time zones, run flags, and where state is kept
/// (<c>QTICKETS_STATE_DIR</c>: the run lock, one run of a job at a time; relative to the working directory unless
/// absolute).
/// </summary>
public sealed record RuntimeSettings(
    string JobName,
    bool DryRun,
    string LogLevel,
    string Tz,
    string ReportTz,
    bool FullScan,
    string? OfflineFixturesDir,
    string StateDir);
