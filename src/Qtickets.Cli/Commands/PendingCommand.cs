using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>A command whose implementation another issue delivers; it says so instead of pretending.</summary>
public abstract class PendingCommand : AsyncCommand
{
    protected abstract string Issue { get; }

    public override Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        AnsiConsole.MarkupLine($"[yellow]'{Markup.Escape(context.Name)}' is not available yet (issue {Issue}).[/]");
        return Task.FromResult(ExitCodes.BadConfiguration);
    }
}
