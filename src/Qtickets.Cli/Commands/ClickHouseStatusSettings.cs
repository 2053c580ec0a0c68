using System.ComponentModel;
using Qtickets.ClickHouse.Local;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>Flags of <c>qtickets clickhouse status</c>.</summary>
public sealed class ClickHouseStatusSettings : CommandSettings
{
    [CommandOption("--state-dir <DIR>")]
    [Description("state directory of the server to look at (default .local/clickhouse)")]
    [DefaultValue(LocalClickHouseOptions.DefaultStateDirectory)]
    public string StateDir { get; init; } = LocalClickHouseOptions.DefaultStateDirectory;
}
