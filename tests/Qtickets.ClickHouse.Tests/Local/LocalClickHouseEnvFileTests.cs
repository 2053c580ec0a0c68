using Qtickets.ClickHouse.Local;
using Qtickets.TestUtilities;

namespace Qtickets.ClickHouse.Tests.Local;

public sealed class LocalClickHouseEnvFileTests
{
    private static readonly LocalClickHouseConnection Connection = new("127.0.0.1", 18123, "zakaz",
        new ClickHouseAccount("admin", "AdminPw1"), new ClickHouseAccount("etl_writer", "WriterPw2"), new ClickHouseAccount("datalens_reader", "ReaderPw3"));

    [Fact]
    public void Written_file_uses_the_variable_names_of_the_earlier_stack()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "clickhouse.env");

        LocalClickHouseEnvFile.Write(path, Connection);

        var values = LocalClickHouseEnvFile.Parse(File.ReadAllLines(path));
        Assert.Equal(new Dictionary<string, string>
        {
            ["CLICKHOUSE_HOST"] = "127.0.0.1",
            ["CLICKHOUSE_PORT"] = "18123",
            ["CLICKHOUSE_DB"] = "zakaz",
            ["CLICKHOUSE_USER"] = "etl_writer",
            ["CLICKHOUSE_PASSWORD"] = "WriterPw2",
            ["CLICKHOUSE_ADMIN_USER"] = "admin",
            ["CLICKHOUSE_ADMIN_PASSWORD"] = "AdminPw1",
            ["CLICKHOUSE_READER_USER"] = "datalens_reader",
            ["CLICKHOUSE_READER_PASSWORD"] = "ReaderPw3",
            ["CLICKHOUSE_SECURE"] = "false",
        }, values);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Written_file_is_readable_by_its_owner_only()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "clickhouse.env");

        LocalClickHouseEnvFile.Write(path, Connection);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Reading_a_file_someone_loosened_sets_it_back_to_owner_only()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "clickhouse.env");
        LocalClickHouseEnvFile.Write(path, Connection);
        File.SetUnixFileMode(path, (UnixFileMode)0b110_100_100);

        LocalClickHouseEnvFile.Read(path);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void Reading_gives_back_what_was_written()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "clickhouse.env");
        LocalClickHouseEnvFile.Write(path, Connection);

        Assert.Equal(Connection, LocalClickHouseEnvFile.Read(path));
    }

    [Fact]
    public void Parsing_skips_comments_and_blank_lines_and_removes_quotes()
    {
        var values = LocalClickHouseEnvFile.Parse(["# comment", "", "export A=1", "B=\"two words\"", "C='x'", "not an assignment", "D=a=b"]);

        Assert.Equal(new Dictionary<string, string> { ["A"] = "1", ["B"] = "two words", ["C"] = "x", ["D"] = "a=b" }, values);
    }

    [Fact]
    public void A_file_without_a_setting_names_it()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("partial.env", "CLICKHOUSE_HOST=127.0.0.1\nCLICKHOUSE_PORT=1\n");

        var error = Assert.Throws<LocalClickHouseException>(() => LocalClickHouseEnvFile.Read(path));

        Assert.Contains("CLICKHOUSE_DB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Connection_text_never_shows_passwords()
    {
        var text = Connection.ToString() + Connection.Admin + Connection.Writer;

        Assert.DoesNotContain("Pw", text, StringComparison.Ordinal);
    }
}
