using Qtickets.ClickHouse.Local;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>
/// <c>qtickets clickhouse start</c>: installs Debian's clickhouse-server if needed, starts it in the background with
/// the project's configuration under the state directory, waits until it answers, writes <c>DIR.env</c>.
/// </summary>
public sealed class ClickHouseStartCommand(IAnsiConsole console) : AsyncCommand<ClickHouseStartSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ClickHouseStartSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var local = new LocalClickHouse(new LocalClickHouseOptions(settings.StateDir) { HttpPort = settings.HttpPort });
            if (!LocalClickHouse.IsServerInstalled())
            {
                console.MarkupLine("clickhouse-server is not installed: installing Debian's package with apt-get...");
            }

            var result = await local.StartAsync(cancellationToken).ConfigureAwait(false);
            var status = result.Status;
            var verb = result.WasAlreadyRunning ? "already runs" : "started";
            console.MarkupLineInterpolated($"ClickHouse {status.Version} {verb} at [green]{status.Url}[/] (pid {status.Pid})");
            console.MarkupLineInterpolated($"state: {status.StateDirectory}");
            console.MarkupLineInterpolated($"settings: [green]{status.EnvFile}[/] (pass it with --ch-env)");
            return ExitCodes.Success;
        }
        catch (LocalClickHouseException ex)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return ex.IsUsageError ? ExitCodes.BadConfiguration : ExitCodes.RunFailed;
        }
    }
}
