using Qtickets.ClickHouse.Local;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary><c>qtickets clickhouse stop</c>: stops the server of one state directory (only that one) and waits for it.</summary>
public sealed class ClickHouseStopCommand(IAnsiConsole console) : AsyncCommand<ClickHouseStopSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ClickHouseStopSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var local = new LocalClickHouse(new LocalClickHouseOptions(settings.StateDir));
            var pid = (await local.GetStatusAsync(cancellationToken).ConfigureAwait(false)).Pid;
            var stopped = await local.StopAsync(cancellationToken).ConfigureAwait(false);
            if (stopped)
            {
                console.MarkupLineInterpolated($"stopped the local ClickHouse of {local.StateDirectory} (pid {pid})");
            }
            else
            {
                console.MarkupLineInterpolated($"no local ClickHouse runs from {local.StateDirectory}; nothing to stop");
            }

            return ExitCodes.Success;
        }
        catch (LocalClickHouseException ex)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return ex.IsUsageError ? ExitCodes.BadConfiguration : ExitCodes.RunFailed;
        }
    }
}
