using System.ComponentModel;
using Qtickets.Configuration;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>Flags of <c>qtickets run</c>: those of the earlier loader plus <c>--full-scan</c> and <c>--max-concurrency</c>.</summary>
public sealed class RunSettings : EnvFileSettings
{
    [CommandOption("--since-hours <HOURS>")]
    [Description("look back this many hours (QTICKETS_SINCE_HOURS); widened to the last ok run when that is older")]
    public int? SinceHours { get; init; }

    [CommandOption("--dry-run")]
    [Description("stub mode: send no request to QTickets and write nothing to ClickHouse")]
    public bool DryRun { get; init; }

    [CommandOption("--offline-fixtures-dir <DIR>")]
    [Description("read events.json and orders.json (API-shaped) from DIR instead of the network")]
    public string? OfflineFixturesDir { get; init; }

    [CommandOption("--verbose")]
    [Description("debug logging (LOG_LEVEL=DEBUG)")]
    public bool Verbose { get; init; }

    [CommandOption("--full-scan")]
    [Description("reconcile: re-read every order (catches refunds and cancellations the window missed)")]
    public bool FullScan { get; init; }

    [CommandOption("--max-concurrency <N>")]
    [Description("requests in flight at most (QTICKETS_MAX_CONCURRENCY, default 4)")]
    public int? MaxConcurrency { get; init; }

    public RunOverrides ToOverrides() =>
        new(SinceHours, DryRun, Verbose, FullScan, MaxConcurrency, OfflineFixturesDir);

    public override ValidationResult Validate()
    {
        if (SinceHours is <= 0)
        {
            return ValidationResult.Error("--since-hours must be a positive number of hours");
        }

        return MaxConcurrency is < 1 or > 16
            ? ValidationResult.Error("--max-concurrency must be between 1 and 16")
            : ValidationResult.Success();
    }
}
