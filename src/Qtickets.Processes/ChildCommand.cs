using System.Text.RegularExpressions;

namespace Qtickets.Processes;

/// <summary>
/// A program to start without a shell: its arguments, the environment variables it gets on top of this process's
/// (and those it must not inherit), and its working directory. <see cref="Display"/> is the same command as an
/// operator would type it in a shell.
/// </summary>
public sealed partial record ChildCommand(string Program, IReadOnlyList<string> Arguments)
{
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Variables of this process the child does not inherit (a variable also in <see cref="Environment"/> is set).</summary>
    public IReadOnlyCollection<string> Unset { get; init; } = [];

    public string? WorkingDirectory { get; init; }

    /// <summary>
    /// The command line a shell would run: <c>cd DIR &amp;&amp; env -u GONE NAME=value program arguments</c>, quoted
    /// where needed (<c>env -u</c> only when a variable is unset).
    /// </summary>
    public string Display()
    {
        var unset = Unset.Where(name => !Environment.ContainsKey(name)).Order(StringComparer.Ordinal).ToList();
        IEnumerable<string> words = unset.Count == 0 ? [] : ["env", .. unset.SelectMany(name => new[] { "-u", Quote(name) })];
        words = words
            .Concat(Environment.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={Quote(e.Value)}"))
            .Append(Quote(Program))
            .Concat(Arguments.Select(Quote));
        var line = string.Join(' ', words);
        return WorkingDirectory is null ? line : $"cd {Quote(WorkingDirectory)} && {line}";
    }

    /// <summary>What the child's environment changes by: set values, and null for every variable it does not inherit.</summary>
    internal IReadOnlyDictionary<string, string?> EnvironmentChanges()
    {
        var changes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in Unset)
        {
            changes[name] = null;
        }

        foreach (var (name, value) in Environment)
        {
            changes[name] = value;
        }

        return changes;
    }

    private static string Quote(string word) =>
        PlainWord().IsMatch(word) ? word : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    [GeneratedRegex(@"^[A-Za-z0-9_./:=,@%+\-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex PlainWord();
}
