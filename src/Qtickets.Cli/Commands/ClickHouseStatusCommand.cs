namespace Qtickets.Cli.Commands;

public sealed class ClickHouseStatusCommand : PendingCommand
{
    protected override string Issue => "3";
}
