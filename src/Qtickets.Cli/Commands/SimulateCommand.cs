namespace Qtickets.Cli.Commands;

public sealed class SimulateCommand : PendingCommand
{
    protected override string Issue => "2";
}
