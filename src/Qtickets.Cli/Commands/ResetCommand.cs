using Qtickets.Cli.Infrastructure;
using Qtickets.Cli.Routine;
using Qtickets.Configuration;
using Qtickets.Pipeline.Loading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>
/// <c>qtickets reset --yes</c> (routine step 1): drops and recreates the stack's database with the admin account.
/// Without <c>--yes</c> it explains and exits 2; a server that is not on loopback needs <c>--force</c> too.
/// </summary>
public sealed class ResetCommand(IAnsiConsole console, ErrorConsole errors) : AsyncCommand<ResetSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ResetSettings settings, CancellationToken cancellationToken)
    {
        var layers = CommandEnvironment.Layers(settings);
        CommandEnvironment.Warn(console, layers);
        var clickHouse = ClickHouseSettingsParser.Parse(layers, "to reset the stack");
        if (!settings.Yes)
        {
            errors.Console.MarkupLineInterpolated($"reset drops the database [yellow]{clickHouse.Database}[/] on {clickHouse.BaseUri} with all its data and creates it empty.");
            errors.Console.MarkupLine("Nothing was done. Run it again with [green]--yes[/] to proceed.");
            return ExitCodes.BadConfiguration;
        }

        if (!clickHouse.IsLoopback && !settings.Force)
        {
            errors.Refused($"{clickHouse.Host} is not a loopback server; add --force to reset it anyway.");
            return ExitCodes.BadConfiguration;
        }

        // Connected to `default`: the stack's own database disappears in the middle of the reset.
        using var session = new ClickHouseSession(ClickHouseConnections.Admin(clickHouse).WithDatabase("default"));
        await new StackReset(session.Client, clickHouse.Database).RunAsync(cancellationToken).ConfigureAwait(false);
        console.MarkupLineInterpolated($"database [green]{clickHouse.Database}[/] dropped and recreated empty on {clickHouse.BaseUri}; run bootstrap next.");
        return ExitCodes.Success;
    }
}
