namespace Qtickets.ClickHouse.Tests;

public sealed class ClickHouseConnectionOptionsTests
{
    private static ClickHouseConnectionOptions CreateSut() => new()
    {
        Host = "127.0.0.1",
        Port = 8123,
        Database = "zakaz",
        User = "etl_writer",
        Password = "s3cret-Passw0rd",
    };

    [Fact]
    public void Defaults_are_valid()
    {
        Assert.Empty(new ClickHouseConnectionOptions().Validate());
    }

    [Fact]
    public void Validation_lists_every_problem_at_once()
    {
        var options = CreateSut() with
        {
            Host = "not a host",
            Port = 70000,
            Database = "zakaz; DROP",
            User = "",
            Password = "line\nbreak",
            RequestTimeout = TimeSpan.Zero,
        };

        var errors = options.Validate();

        Assert.Equal(6, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("Host", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Port", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Database", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("User", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Password", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("RequestTimeout", StringComparison.Ordinal));
    }

    [Fact]
    public void EnsureValid_throws_one_exception_naming_all_problems()
    {
        var options = CreateSut() with { Port = 0, Database = "1x" };

        var error = Assert.Throws<ClickHouseConfigurationException>(() => options.EnsureValid());

        Assert.Equal(2, error.Errors.Count);
        Assert.Contains("Port", error.Message, StringComparison.Ordinal);
        Assert.Contains("Database", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_never_shows_the_password()
    {
        var options = CreateSut();

        var text = options.ToString();

        Assert.DoesNotContain(options.Password, text, StringComparison.Ordinal);
        Assert.Contains("etl_writer", text, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:8123", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_errors_never_show_the_password()
    {
        var options = CreateSut() with { Password = "bad\rpassword-value" };

        var error = Assert.Throws<ClickHouseConfigurationException>(() => options.EnsureValid());

        Assert.DoesNotContain("password-value", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "http://ch:8123/")]
    [InlineData(true, "https://ch:8443/")]
    public void Base_uri_follows_the_secure_flag(bool secure, string expected)
    {
        var options = CreateSut() with { Host = "ch", Port = secure ? 8443 : 8123, Secure = secure };

        Assert.Equal(new Uri(expected), options.BaseUri);
    }
}
