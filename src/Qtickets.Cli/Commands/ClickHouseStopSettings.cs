using System.ComponentModel;
using Qtickets.ClickHouse.Local;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>Flags of <c>qtickets clickhouse stop</c>.</summary>
public sealed class ClickHouseStopSettings : CommandSettings
{
    [CommandOption("--state-dir <DIR>")]
    [Description("state directory of the server to stop (default .local/clickhouse); no other server is touched")]
    [DefaultValue(LocalClickHouseOptions.DefaultStateDirectory)]
    public string StateDir { get; init; } = LocalClickHouseOptions.DefaultStateDirectory;
}
