using Microsoft.Extensions.Logging;
using Qtickets.Security;
using Serilog;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;
using Serilog.Extensions.Logging;

namespace Qtickets.Cli.Infrastructure;

/// <summary>
/// Structured logging for every command: Serilog behind Microsoft.Extensions.Logging, one event per
/// line on standard error (standard output stays free for results and tables), secrets redacted.
/// </summary>
public static class LoggingSetup
{
    private const string TextTemplate =
        "{Timestamp:yyyy-MM-ddTHH:mm:ss.fffzzz} [{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public static ILoggerFactory Create(string level, LogFormat format, SecretRedactor redactor, TextWriter? output = null)
    {
        var writer = new RedactingTextWriter(output ?? Console.Error, redactor);
        var logger = new LoggerConfiguration()
            .MinimumLevel.Is(ParseLevel(level))
            .Enrich.FromLogContext()
            .WriteTo.Sink(new RedactedTextSink(Formatter(format), writer))
            .CreateLogger();
        return new SerilogLoggerFactory(logger, dispose: true);
    }

    public static LogFormat DefaultFormat(string? configured) => Choose(configured, Console.IsErrorRedirected);

    /// <summary>
    /// How a command that shows its child's log (smoke) asks the child to write it: as <c>QTICKETS_LOG_FORMAT</c> says,
    /// otherwise readable text when the output goes to a terminal and JSON when it goes to a file, a pipe or a journal.
    /// </summary>
    public static LogFormat ChildFormat(string? configured) => Choose(configured, Console.IsOutputRedirected);

    public static LogFormat Choose(string? configured, bool redirected) => configured?.ToLowerInvariant() switch
    {
        "json" => LogFormat.Json,
        "text" => LogFormat.Text,
        _ => redirected ? LogFormat.Json : LogFormat.Text,
    };

    public static LogEventLevel ParseLevel(string level) => level.ToLowerInvariant() switch
    {
        "trace" or "verbose" => LogEventLevel.Verbose,
        "debug" => LogEventLevel.Debug,
        "warn" or "warning" => LogEventLevel.Warning,
        "error" => LogEventLevel.Error,
        "critical" or "fatal" => LogEventLevel.Fatal,
        _ => LogEventLevel.Information,
    };

    private static ITextFormatter Formatter(LogFormat format) => format == LogFormat.Json
        ? new RenderedCompactJsonFormatter()
        : new MessageTemplateTextFormatter(TextTemplate, System.Globalization.CultureInfo.InvariantCulture);
}
