namespace Qtickets.Cli.Commands;

public sealed class BootstrapCommand : PendingCommand
{
    protected override string Issue => "3";
}
