namespace Qtickets.Cli.Commands;

public sealed class DemoCommand : PendingCommand
{
    protected override string Issue => "5";
}
