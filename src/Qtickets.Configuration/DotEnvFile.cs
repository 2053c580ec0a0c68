using System.Text.RegularExpressions;
using dotenv.net;

namespace Qtickets.Configuration;

/// <summary>
/// Reads a dotenv file without touching the process environment. A missing, unreadable or
/// garbled file is a configuration error: silently ignoring it (as the earlier loader did)
/// made a typo in a path run against the wrong server.
/// </summary>
public static partial class DotEnvFile
{
    private const int MaxErrorsPerFile = 3;

    public static IReadOnlyDictionary<string, string> Read(string path)
    {
        var lines = ReadLines(path);
        var garbage = FindGarbageLines(lines).Take(MaxErrorsPerFile).ToList();
        if (garbage.Count > 0)
        {
            throw new ConfigurationException(
                garbage.Select(n => $"env file {path}: line {n} is not a KEY=value assignment").ToList());
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in Parse(path))
        {
            // dotenv.net keeps "export " as part of the name: a shell-style line would be silently ignored.
            values[ExportPrefix().Replace(key, string.Empty)] = value;
        }

        return values;
    }

    private static IDictionary<string, string> Parse(string path)
    {
        try
        {
            return DotEnv.Fluent()
                .WithExceptions()
                .WithEnvFiles(path)
                .WithTrimValues()
                .Read();
        }
        catch (ArgumentException ex)
        {
            // dotenv.net reports a value it cannot parse (a quote left open) as an ArgumentException naming the
            // variable, never its value; without this it escaped as a run failure (exit 1) instead of exit 2.
            throw new ConfigurationException($"env file {path} cannot be parsed: {ex.Message}");
        }
    }

    private static string[] ReadLines(string path)
    {
        if (!File.Exists(path))
        {
            throw new ConfigurationException($"env file {path} does not exist");
        }

        try
        {
            return File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"env file {path} cannot be read: {ex.Message}");
        }
    }

    private static IEnumerable<int> FindGarbageLines(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!Assignment().IsMatch(line) || line.Contains('\0'))
            {
                yield return i + 1;
            }
        }
    }

    [GeneratedRegex(@"^(export\s+)?[A-Za-z_][A-Za-z0-9_]*\s*=")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"^export\s+")]
    private static partial Regex ExportPrefix();
}
