namespace Qtickets.Cli.Commands;

public sealed class ResetCommand : PendingCommand
{
    protected override string Issue => "5";
}
