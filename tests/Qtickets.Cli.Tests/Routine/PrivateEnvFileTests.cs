using Qtickets.Cli.Routine;
using Qtickets.Configuration;
using Qtickets.TestUtilities;

namespace Qtickets.Cli.Tests.Routine;

public sealed class PrivateEnvFileTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Values_arrive_unchanged_for_the_parser_every_command_uses_and_only_the_owner_may_read_them()
    {
        var path = PrivateEnvFile.Write(Path.Combine(_temp.Path, "ch.env"),
            [new("CLICKHOUSE_HOST", "127.0.0.1"), new("CLICKHOUSE_PASSWORD", "Admin2024!Strong#Pass")], "test");

        Assert.Equal("Admin2024!Strong#Pass", DotEnvFile.Read(path)["CLICKHOUSE_PASSWORD"]);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void A_value_the_parser_would_alter_is_refused_naming_the_setting_not_the_value()
    {
        var error = Assert.Throws<ConfigurationException>(() => PrivateEnvFile.Write(Path.Combine(_temp.Path, "ch.env"),
            [new("CLICKHOUSE_ADMIN_PASSWORD", "secret #with-a-comment")], "test"));

        Assert.Contains("CLICKHOUSE_ADMIN_PASSWORD", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("with-a-comment", error.Message, StringComparison.Ordinal);
    }
}
