using System.Globalization;
using System.Text;
using Qtickets.Security;

namespace Qtickets.ClickHouse.Local;

/// <summary>
/// The dotenv file <c>clickhouse start</c> writes (<c>.local/clickhouse.env</c> by default) with the variable names
/// of the earlier stack, so every command accepts it through <c>--ch-env</c>. Readable by anyone's dotenv parser:
/// plain <c>KEY=value</c> lines, values without quotes or spaces. It holds passwords: it is written at mode 600 and
/// carries <see cref="PrivateFile.MarkerLine"/>, so every command that reads it (<see cref="Read"/>, or any command
/// through <c>--ch-env</c>) sets it back to 600 when someone loosened it.
/// </summary>
public static class LocalClickHouseEnvFile
{
    public static void Write(string path, LocalClickHouseConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var text = new StringBuilder()
            .AppendLine("# Local ClickHouse written by `./qtickets clickhouse start`; pass it with --ch-env. Contains passwords.")
            .AppendLine(PrivateFile.MarkerLine)
            .AppendLine("CLICKHOUSE_HOST=" + connection.Host)
            .AppendLine("CLICKHOUSE_PORT=" + connection.Port.ToString(CultureInfo.InvariantCulture))
            .AppendLine("CLICKHOUSE_DB=" + connection.Database)
            .AppendLine("CLICKHOUSE_USER=" + connection.Writer.User)
            .AppendLine("CLICKHOUSE_PASSWORD=" + connection.Writer.Password)
            .AppendLine("CLICKHOUSE_ADMIN_USER=" + connection.Admin.User)
            .AppendLine("CLICKHOUSE_ADMIN_PASSWORD=" + connection.Admin.Password)
            .AppendLine("CLICKHOUSE_READER_USER=" + connection.Reader.User)
            .AppendLine("CLICKHOUSE_READER_PASSWORD=" + connection.Reader.Password)
            .AppendLine("CLICKHOUSE_SECURE=false")
            .ToString();
        PrivateFile.Write(path, text);
    }

    /// <summary>Reads a file written by <see cref="Write"/>; throws <see cref="LocalClickHouseException"/> naming what is missing.</summary>
    public static LocalClickHouseConnection Read(string path)
    {
        PrivateFile.KeepPrivate(path);
        var values = Parse(File.ReadAllLines(path));
        string Get(string key) => values.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new LocalClickHouseException($"{path} has no {key}");
        return new LocalClickHouseConnection(
            Get("CLICKHOUSE_HOST"),
            int.Parse(Get("CLICKHOUSE_PORT"), NumberStyles.None, CultureInfo.InvariantCulture),
            Get("CLICKHOUSE_DB"),
            new ClickHouseAccount(Get("CLICKHOUSE_ADMIN_USER"), Get("CLICKHOUSE_ADMIN_PASSWORD")),
            new ClickHouseAccount(Get("CLICKHOUSE_USER"), Get("CLICKHOUSE_PASSWORD")),
            new ClickHouseAccount(Get("CLICKHOUSE_READER_USER"), Get("CLICKHOUSE_READER_PASSWORD")));
    }

    /// <summary>KEY=value lines; blank lines and # comments ignored; surrounding quotes removed.</summary>
    public static IReadOnlyDictionary<string, string> Parse(IEnumerable<string> lines)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (line.Length == 0 || line.StartsWith('#') || equals <= 0)
            {
                continue;
            }

            var key = line[..equals].Trim();
            key = key.StartsWith("export ", StringComparison.Ordinal) ? key["export ".Length..].Trim() : key;
            values[key] = Unquote(line[(equals + 1)..].Trim());
        }

        return values;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;
}
