using System.ComponentModel;
using Qtickets.ClickHouse.Local;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>Flags of <c>qtickets clickhouse start</c>.</summary>
public sealed class ClickHouseStartSettings : CommandSettings
{
    [CommandOption("--state-dir <DIR>")]
    [Description("configuration, data and logs of the local server; the settings go to DIR.env (default .local/clickhouse)")]
    [DefaultValue(LocalClickHouseOptions.DefaultStateDirectory)]
    public string StateDir { get; init; } = LocalClickHouseOptions.DefaultStateDirectory;

    [CommandOption("--http-port <PORT>")]
    [Description("HTTP port on 127.0.0.1 (default: a free port, kept across restarts)")]
    public int? HttpPort { get; init; }

    public override ValidationResult Validate() => HttpPort is < 1 or > 65535
        ? ValidationResult.Error("--http-port must be between 1 and 65535")
        : string.IsNullOrWhiteSpace(StateDir) ? ValidationResult.Error("--state-dir must not be empty") : ValidationResult.Success();
}
