namespace Qtickets.Security;

/// <summary>
/// Files that hold passwords: written so that only the owner can read them (mode 600) from the moment they exist,
/// and set back to 600 by whoever reads them. Files qtickets writes carry <see cref="MarkerLine"/>, so a command
/// that reads one through <c>--ch-env</c> knows it may tighten it (an operator's own file only gets a warning).
/// </summary>
public static class PrivateFile
{
    /// <summary>The line that marks a file qtickets keeps private.</summary>
    public const string MarkerLine = MarkerPrefix + " every qtickets command that reads or writes this file keeps it at mode 600.";

    private const string MarkerPrefix = "# qtickets-private:";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode GroupAndOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Writes atomically (a temporary file renamed over the target), created at mode 600.</summary>
    public static void Write(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        var temporary = path + ".tmp";
        // A leftover temporary file keeps its mode when opened again: start from a new one.
        File.Delete(temporary);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        using (var writer = new StreamWriter(temporary, System.Text.Encoding.UTF8, options))
        {
            writer.Write(text);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The file's mode when group or others have any access to it, otherwise null (also on Windows).</summary>
    public static UnixFileMode? LooseMode(string path)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(path))
        {
            return null;
        }

        var mode = File.GetUnixFileMode(path);
        return (mode & GroupAndOthers) != 0 ? mode : null;
    }

    /// <summary>Takes every permission of group and others away; returns the mode it had when it changed one.</summary>
    public static UnixFileMode? KeepPrivate(string path)
    {
        if (OperatingSystem.IsWindows() || LooseMode(path) is not { } loose)
        {
            return null;
        }

        File.SetUnixFileMode(path, loose & ~GroupAndOthers);
        return loose;
    }

    /// <summary>True when the text has the <see cref="MarkerLine"/>.</summary>
    public static bool IsMarked(IEnumerable<string> lines) =>
        lines.Any(l => l.TrimStart().StartsWith(MarkerPrefix, StringComparison.Ordinal));

    /// <summary>A mode as <c>chmod</c> writes it: <c>644</c>.</summary>
    public static string Octal(UnixFileMode mode) => Convert.ToString((int)mode & 0x1FF, 8).PadLeft(3, '0');

    /// <summary>"group and others", "group" or "others": who may read or write a file of this mode.</summary>
    public static string Who(UnixFileMode mode)
    {
        var group = (mode & (UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute)) != 0;
        var others = (mode & (UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute)) != 0;
        return (group, others) switch
        {
            (true, true) => "group and others",
            (true, false) => "group",
            _ => "others",
        };
    }
}
