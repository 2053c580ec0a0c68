using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Qtickets.Cli.Infrastructure;

/// <summary>
/// A program to start without a shell: its arguments, the environment variables it gets on top of this process's,
/// and its working directory. <see cref="Display"/> is the same command as an operator would type it in a shell.
/// </summary>
public sealed partial record ChildCommand(string Program, IReadOnlyList<string> Arguments)
{
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public string? WorkingDirectory { get; init; }

    public ProcessStartInfo StartInfo()
    {
        var start = new ProcessStartInfo(Program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (WorkingDirectory is not null)
        {
            start.WorkingDirectory = WorkingDirectory;
        }

        foreach (var argument in Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }

    /// <summary>The command line a shell would run: <c>cd DIR &amp;&amp; NAME=value program arguments</c>, quoted where needed.</summary>
    public string Display()
    {
        var words = Environment.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={Quote(e.Value)}")
            .Append(Quote(Program))
            .Concat(Arguments.Select(Quote));
        var line = string.Join(' ', words);
        return WorkingDirectory is null ? line : $"cd {Quote(WorkingDirectory)} && {line}";
    }

    private static string Quote(string word) =>
        PlainWord().IsMatch(word) ? word : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    [GeneratedRegex(@"^[A-Za-z0-9_./:=,@%+\-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex PlainWord();
}
