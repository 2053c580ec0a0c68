namespace Qtickets.Cli.Commands;

public sealed class ClickHouseStopCommand : PendingCommand
{
    protected override string Issue => "3";
}
