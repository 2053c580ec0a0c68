namespace Qtickets.Cli.Commands;

public sealed class ClickHouseStartCommand : PendingCommand
{
    protected override string Issue => "3";
}
