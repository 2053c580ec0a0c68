namespace Qtickets.Cli.Commands;

public sealed class RunCommand : PendingCommand
{
    protected override string Issue => "4";
}
