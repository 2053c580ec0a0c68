namespace Qtickets.Cli.Commands;

public sealed class SmokeCommand : PendingCommand
{
    protected override string Issue => "5";
}
