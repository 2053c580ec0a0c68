using System.Text.RegularExpressions;

namespace Qtickets.Cli.Tests.Commands;

/// <summary>Reading a verify report in tests.</summary>
internal static class VerifyReports
{
    /// <summary>The names of the steps whose section says they passed, in report order.</summary>
    public static List<string> StepsPassed(string report) =>
        Regex.Matches(report, @"^### \d+\. (?<name>\w+): passed", RegexOptions.Multiline).Select(m => m.Groups["name"].Value).ToList();
}
