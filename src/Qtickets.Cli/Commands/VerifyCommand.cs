namespace Qtickets.Cli.Commands;

public sealed class VerifyCommand : PendingCommand
{
    protected override string Issue => "5";
}
