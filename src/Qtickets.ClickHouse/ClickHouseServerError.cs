using System.Globalization;
using System.Text.RegularExpressions;
using Qtickets.Security;

namespace Qtickets.ClickHouse;

/// <summary>
/// The error a ClickHouse server wrote in an answer body: its numeric code and its message. Understands the
/// 18.16 form (<c>Code: 60, e.displayText() = DB::Exception: ..., e.what() = DB::Exception</c>) and the newer one
/// (<c>Code: 60. DB::Exception: ... (UNKNOWN_TABLE) (version 24.8.4.13 (official build))</c>). The message is the
/// server's (or a proxy's) text: it is kept on one line with its control characters shown (<see cref="OutsideText"/>).
/// </summary>
public sealed partial record ClickHouseServerError(int? Code, string Message)
{
    /// <summary>Longest message kept from an answer body; HTML from a proxy can be long.</summary>
    public const int MaxMessageLength = 2000;

    public static ClickHouseServerError Parse(string? body)
    {
        var text = OutsideText.OneLine((body ?? string.Empty).Trim()).Trim();
        var match = CodePattern().Match(text);
        if (!match.Success)
        {
            return new ClickHouseServerError(null, Truncate(text));
        }

        var code = int.Parse(match.Groups["code"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        var message = match.Groups["message"].Value;
        message = LegacyTail().Replace(message, string.Empty);
        message = VersionTail().Replace(message, string.Empty);
        return new ClickHouseServerError(code, Truncate(message.Trim()));
    }

    public static ClickHouseServerError? TryParseLine(string line) =>
        line.StartsWith("Code: ", StringComparison.Ordinal) ? Parse(line) : null;

    public override string ToString() => Code is { } code
        ? string.Create(CultureInfo.InvariantCulture, $"Code: {code}: {Message}")
        : Message;

    private static string Truncate(string text) =>
        text.Length <= MaxMessageLength ? text : string.Concat(text.AsSpan(0, MaxMessageLength), "...");

    [GeneratedRegex(@"^Code:\s*(?<code>\d+)\s*[.,]\s*(?:e\.displayText\(\)\s*=\s*)?(?:DB::\w*Exception:\s*)?(?<message>.*)$",
        RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    [GeneratedRegex(@",\s*e\.what\(\)\s*=\s*[\w:]+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LegacyTail();

    [GeneratedRegex(@"\s*\(version [^\n]*\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionTail();
}
