using System.Text.RegularExpressions;

namespace Qtickets.Faults.Tests.Support;

/// <summary>What a refused configuration looks like from outside: exit 2 and one clear message, no run.</summary>
internal static partial class Refusal
{
    /// <param name="result">The finished child process.</param>
    /// <param name="mentions">What the message must name (the setting, the file, the value).</param>
    public static void AssertRefused(CliResult result, params string[] mentions)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        var errors = result.ErrorLines.Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToList();
        var message = Assert.Single(errors);
        Assert.StartsWith("error: invalid configuration", message, StringComparison.Ordinal);
        // Errors go to standard error; a console may wrap long messages (keeping the space at the end of the line).
        var output = Collapse(string.Concat(result.ErrorLines));
        foreach (var mention in mentions)
        {
            Assert.True(output.Contains(Collapse(mention), StringComparison.Ordinal), $"'{mention}' is not named in:{Environment.NewLine}{result}");
        }

        // No run happened: no summary table, no error logged, nothing on standard output.
        Assert.DoesNotContain(result.OutputLines, l => l.Contains("qtickets run", StringComparison.Ordinal));
        Assert.Empty(result.ErrorLogLines);
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
