using Spectre.Console;

namespace Qtickets.Cli.Infrastructure;

/// <summary>
/// Where errors, refusals and usage problems go: standard error, so that standard output carries only results
/// (tables, summaries) and a script or a pipe can tell them apart.
/// </summary>
public sealed record ErrorConsole(IAnsiConsole Console)
{
    public static ErrorConsole StandardError()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) });
        if (System.Console.IsErrorRedirected)
        {
            // A journal or a log file gets each message on one line, not wrapped at 80 columns.
            console.Profile.Width = 1000;
        }

        return new ErrorConsole(console);
    }

    public void Error(string message) => Console.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");

    public void Refused(string message) => Console.MarkupLine($"[red]refused:[/] {Markup.Escape(message)}");
}
