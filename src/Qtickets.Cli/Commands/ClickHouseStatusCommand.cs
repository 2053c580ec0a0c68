using Qtickets.ClickHouse.Local;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>
/// <c>qtickets clickhouse status</c>: whether the local server of a state directory runs, its URL and version.
/// Exit code 0 when it runs and answers, 3 when it does not (as <c>systemctl status</c> does for an inactive unit).
/// </summary>
public sealed class ClickHouseStatusCommand(IAnsiConsole console) : AsyncCommand<ClickHouseStatusSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ClickHouseStatusSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var local = new LocalClickHouse(new LocalClickHouseOptions(settings.StateDir));
            var status = await local.GetStatusAsync(cancellationToken).ConfigureAwait(false);
            if (!status.IsRunning)
            {
                console.MarkupLineInterpolated($"[yellow]not running[/]: no local ClickHouse answers for {status.StateDirectory}");
                return ExitCodes.CheckViolated;
            }

            console.MarkupLineInterpolated($"[green]running[/]: ClickHouse {status.Version} at {status.Url} (pid {status.Pid})");
            console.MarkupLineInterpolated($"state: {status.StateDirectory}");
            console.MarkupLineInterpolated($"settings: {status.EnvFile}");
            return ExitCodes.Success;
        }
        catch (LocalClickHouseException ex)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return ex.IsUsageError ? ExitCodes.BadConfiguration : ExitCodes.RunFailed;
        }
    }
}
