namespace Qtickets.Cli.Commands;

public sealed class StatusCommand : PendingCommand
{
    protected override string Issue => "5";
}
