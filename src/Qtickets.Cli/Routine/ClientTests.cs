using System.Text.RegularExpressions;
using Qtickets.Cli.Infrastructure;

namespace Qtickets.Cli.Routine;

/// <summary>
/// Step 6 of the routine: runs the API client's tests the routine names (GET path, retries, stub mode, POST
/// fallback; <c>Category=OperatorRoutine</c>) with <c>dotnet test</c> and reads their result.
/// </summary>
public static partial class ClientTests
{
    public const string Filter = "Category=OperatorRoutine";

    public static async Task<ClientTestsResult> RunAsync(string project, TimeProvider time, CancellationToken cancellationToken)
    {
        var start = ChildProcess.StartInfo("dotnet");
        foreach (var argument in new[] { "test", project, "-c", "Release", "--filter", Filter, "--nologo" })
        {
            start.ArgumentList.Add(argument);
        }

        // "Run from the build": the test command builds everything in Release first; reuse that build when present.
        var built = Path.Combine(Path.GetDirectoryName(project)!, "bin", "Release", "net10.0", Path.GetFileNameWithoutExtension(project) + ".dll");
        if (File.Exists(built))
        {
            start.ArgumentList.Add("--no-build");
        }

        var run = await ChildProcess.RunAsync(start, time, cancellationToken).ConfigureAwait(false);
        var lines = run.Output.Concat(run.Log).ToList();
        var summary = lines.Select(l => Summary().Match(l)).FirstOrDefault(m => m.Success);
        var passed = run.ExitCode == 0 && summary is not null && summary.Groups["failed"].Value == "0" && summary.Groups["passed"].Value != "0";
        var text = summary is null
            ? $"dotnet test exited {run.ExitCode} without a result line"
            : $"{summary.Groups["passed"].Value} passed, {summary.Groups["failed"].Value} failed ({Filter})";
        return new ClientTestsResult(passed, text, lines.Where(l => l.Contains("Passed", StringComparison.Ordinal) || l.Contains("Failed", StringComparison.Ordinal) || l.Contains("error", StringComparison.Ordinal)).Take(30).ToList());
    }

    [GeneratedRegex(@"Failed:\s+(?<failed>\d+),\s+Passed:\s+(?<passed>\d+)")]
    private static partial Regex Summary();
}
