using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>Options of <c>qtickets demo</c>.</summary>
public sealed class DemoSettings : CommandSettings
{
    [CommandOption("--orders <N>")]
    [Description("orders in the simulated tenant (default 20000)")]
    [DefaultValue(20_000)]
    public int Orders { get; init; } = 20_000;

    [CommandOption("--events <N>")]
    [Description("events in the simulated tenant (default 24)")]
    [DefaultValue(24)]
    public int Events { get; init; } = 24;

    [CommandOption("--seed <N>")]
    [Description("seed of the simulated data (default 42)")]
    [DefaultValue(42)]
    public int Seed { get; init; } = 42;

    [CommandOption("--state-dir <DIR>")]
    [Description("local ClickHouse state directory (default .local/clickhouse)")]
    [DefaultValue(".local/clickhouse")]
    public string StateDir { get; init; } = ".local/clickhouse";

    public override ValidationResult Validate() =>
        Orders is < 1 or > 2_000_000 || Events is < 1 or > 5_000
            ? ValidationResult.Error("--orders must be 1..2000000 and --events 1..5000")
            : ValidationResult.Success();
}
