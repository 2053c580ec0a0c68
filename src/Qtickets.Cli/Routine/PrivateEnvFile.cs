using Qtickets.Configuration;

namespace Qtickets.Cli.Routine;

/// <summary>
/// A dotenv file that verify hands to its child commands (the ClickHouse it verifies, the simulator it loads from).
/// Created readable by its owner only, since it holds passwords, and read back with the parser every command uses:
/// a value that would not arrive unchanged (a quote, a <c> #</c>) is refused instead of silently altered.
/// </summary>
public static class PrivateEnvFile
{
    public static string Write(string path, IReadOnlyList<KeyValuePair<string, string>> values, string comment)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(path, options))
        {
            writer.Write($"# {comment}\n");
            foreach (var (key, value) in values)
            {
                writer.Write($"{key}={value}\n");
            }
        }

        var read = DotEnvFile.Read(path);
        var altered = values.Where(v => read.GetValueOrDefault(v.Key) != v.Value.Trim()).Select(v => v.Key).ToList();
        return altered.Count == 0
            ? path
            : throw new ConfigurationException(
                $"the value of {string.Join(", ", altered)} cannot be passed on in a dotenv file unchanged (quotes or ' #' in it?)");
    }
}
