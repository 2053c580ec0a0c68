using System.Text.RegularExpressions;
using Qtickets.ClickHouse;
using Qtickets.Cli.Infrastructure;
using Qtickets.Configuration;
using Spectre.Console.Cli;

namespace Qtickets.Cli;

/// <summary>The one top-level handler: turns an escaped exception into a readable line on standard error and an exit code.</summary>
public static partial class ErrorReporter
{
    public static int Report(Exception exception, IReadOnlyList<string> args, ErrorConsole errors)
    {
        var (code, message) = Classify(exception, args);
        errors.Error(message);
        return code;
    }

    private static (int Code, string Message) Classify(Exception exception, IReadOnlyList<string> args) => exception switch
    {
        OperationCanceledException => (ExitCodes.Cancelled, "cancelled"),
        CommandRuntimeException { InnerException: ArgumentException or FormatException } conversion =>
            (ExitCodes.BadConfiguration, ConversionFailure(conversion, args)),
        CommandParseException or CommandRuntimeException => (ExitCodes.BadConfiguration, exception.Message),
        ConfigurationException or ClickHouseConfigurationException => (ExitCodes.BadConfiguration, exception.Message),
        _ => (ExitCodes.RunFailed, exception.Message),
    };

    /// <summary>
    /// Spectre says "Failed to convert 'abc' to Nullable`1": say which option got which value and what it must be.
    /// </summary>
    private static string ConversionFailure(CommandRuntimeException exception, IReadOnlyList<string> args)
    {
        var value = ConvertedValue().Match(exception.Message) is { Success: true } match ? match.Groups["value"].Value : null;
        var inner = exception.InnerException!.Message;
        var expected = inner.Contains("Int", StringComparison.Ordinal) ? "a whole number"
            : inner.Contains("Double", StringComparison.Ordinal) || inner.Contains("Decimal", StringComparison.Ordinal) ? "a number"
            : "a valid value";
        var option = value is null ? null : OptionOf(value, args);
        return value is null
            ? $"a value is not {expected}: {inner}"
            : $"{option ?? "a value"}: '{value}' is not {expected}";
    }

    private static string? OptionOf(string value, IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && args[i].EndsWith("=" + value, StringComparison.Ordinal))
            {
                return args[i][..args[i].IndexOf('=', StringComparison.Ordinal)];
            }

            if (i > 0 && args[i] == value && args[i - 1].StartsWith('-'))
            {
                return args[i - 1];
            }
        }

        return null;
    }

    [GeneratedRegex("^Failed to convert '(?<value>.*)' to ", RegexOptions.CultureInvariant)]
    private static partial Regex ConvertedValue();
}
