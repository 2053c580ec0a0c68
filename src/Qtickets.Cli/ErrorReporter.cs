using Qtickets.ClickHouse;
using Qtickets.Configuration;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli;

/// <summary>The one top-level handler: turns an escaped exception into a readable line and an exit code.</summary>
public static class ErrorReporter
{
    public static int Report(Exception exception, IAnsiConsole console)
    {
        var (code, message) = Classify(exception);
        console.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");
        return code;
    }

    private static (int Code, string Message) Classify(Exception exception) => exception switch
    {
        OperationCanceledException => (ExitCodes.Cancelled, "cancelled"),
        CommandParseException or CommandRuntimeException => (ExitCodes.BadConfiguration, exception.Message),
        ConfigurationException or ClickHouseConfigurationException => (ExitCodes.BadConfiguration, exception.Message),
        _ => (ExitCodes.RunFailed, exception.Message),
    };
}
