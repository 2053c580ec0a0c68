using Spectre.Console;

namespace Qtickets.Cli.Infrastructure;

/// <summary>
/// Where errors, refusals and usage problems go: standard error, so that standard output carries only results
/// (tables, summaries) and a script or a pipe can tell them apart.
/// </summary>
public sealed record ErrorConsole(IAnsiConsole Console)
{
    public static ErrorConsole StandardError() =>
        new(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) }));

    public void Error(string message) => Console.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");

    public void Refused(string message) => Console.MarkupLine($"[red]refused:[/] {Markup.Escape(message)}");
}
