namespace Qtickets.ClickHouse.Local;

/// <summary>Writes files that hold passwords so that only the owner can read them (mode 600), atomically.</summary>
internal static class PrivateFile
{
    public static void Write(string path, string text)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
