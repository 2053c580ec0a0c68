using System.Globalization;
using Qtickets.ClickHouse.Testing;
using Qtickets.Security;
using Qtickets.TestUtilities;

namespace Qtickets.Cli.Tests;

/// <summary>A <c>--ch-env</c> file pointing at a test database of the shared test server (passwords: mode 600).</summary>
internal static class ChEnvFile
{
    public static string Write(TempDirectory temp, ClickHouseServerFixture server, string database)
    {
        var c = server.Connection;
        var path = Path.Combine(temp.Path, "ch.env");
        PrivateFile.Write(path, string.Join('\n',
            $"CLICKHOUSE_HOST={c.Host}",
            $"CLICKHOUSE_PORT={c.Port.ToString(CultureInfo.InvariantCulture)}",
            $"CLICKHOUSE_DB={database}",
            $"CLICKHOUSE_USER={c.Writer.User}",
            $"CLICKHOUSE_PASSWORD={c.Writer.Password}",
            $"CLICKHOUSE_ADMIN_USER={c.Admin.User}",
            $"CLICKHOUSE_ADMIN_PASSWORD={c.Admin.Password}",
            string.Empty));
        return path;
    }
}
