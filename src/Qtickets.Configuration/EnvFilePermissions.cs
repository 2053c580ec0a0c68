using Qtickets.Security;

namespace Qtickets.Configuration;

/// <summary>
/// What an env file's permissions call for. A file qtickets wrote (<see cref="PrivateFile.MarkerLine"/>, such as
/// <c>.local/clickhouse.env</c>) is set back to mode 600 when someone loosened it. An operator's file that holds a
/// secret and that group or others may read gets a warning naming it (the earlier stack's files are often 644); a
/// sample (<c>*.sample.env</c>, <c>*.example.env</c>, which hold placeholders) and a file without a secret do not.
/// </summary>
internal static class EnvFilePermissions
{
    /// <summary>The warning for <paramref name="path"/>, or null when its permissions are fine (or were fixed silently).</summary>
    public static string? Check(string path, IReadOnlyDictionary<string, string> values)
    {
        if (PrivateFile.IsMarked(File.ReadLines(path)))
        {
            return PrivateFile.KeepPrivate(path) is { } was
                ? $"env file {path} could be read by {PrivateFile.Who(was)} (mode {PrivateFile.Octal(was)}); qtickets wrote it and set it back to 600"
                : null;
        }

        if (IsSample(path) || !HoldsSecret(values) || PrivateFile.LooseMode(path) is not { } mode)
        {
            return null;
        }

        return $"env file {path} holds secrets and can be read by {PrivateFile.Who(mode)} (mode {PrivateFile.Octal(mode)}): chmod 600 {path}";
    }

    private static bool HoldsSecret(IReadOnlyDictionary<string, string> values) =>
        Settings.Secrets.SelectMany(s => s.AllNames).Any(name => values.TryGetValue(name, out var value) && value.Trim().Length > 0);

    private static bool IsSample(string path)
    {
        var name = Path.GetFileName(path);
        return name.Contains(".sample", StringComparison.OrdinalIgnoreCase) || name.Contains(".example", StringComparison.OrdinalIgnoreCase);
    }
}
