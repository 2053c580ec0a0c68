namespace Qtickets.Configuration;

/// <summary>How this invocation behaves: job name, dry run, logging, time zones, run flags.</summary>
public sealed record RuntimeSettings(
    string JobName,
    bool DryRun,
    string LogLevel,
    string Tz,
    string ReportTz,
    bool FullScan,
    string? OfflineFixturesDir);
