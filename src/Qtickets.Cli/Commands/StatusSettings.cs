using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>Options of <c>qtickets status</c>.</summary>
public sealed class StatusSettings : EnvFileSettings
{
    [CommandOption("--stale-after-hours <HOURS>")]
    [Description("exit 3 when the last ok run started longer ago than this (default 6)")]
    [DefaultValue(6)]
    public int StaleAfterHours { get; init; } = 6;

    [CommandOption("--runs <N>")]
    [Description("how many recent runs to list (default 10)")]
    [DefaultValue(10)]
    public int Runs { get; init; } = 10;

    public override ValidationResult Validate() =>
        StaleAfterHours < 1 || Runs is < 1 or > 1000
            ? ValidationResult.Error("--stale-after-hours must be at least 1 and --runs between 1 and 1000")
            : ValidationResult.Success();
}
