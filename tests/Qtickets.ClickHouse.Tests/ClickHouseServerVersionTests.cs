namespace Qtickets.ClickHouse.Tests;

public sealed class ClickHouseServerVersionTests
{
    [Theory]
    [InlineData("18.16.1", 18, 16, 1)]
    [InlineData("24.8.4.13", 24, 8, 4)]
    [InlineData("20.4", 20, 4, 0)]
    public void Versions_are_parsed(string text, int major, int minor, int patch)
    {
        var version = ClickHouseServerVersion.Parse(text);

        Assert.Equal((major, minor, patch, text), (version.Major, version.Minor, version.Patch, version.Text));
    }

    [Theory]
    [InlineData("18.16.1", false)]
    [InlineData("20.3.9", false)]
    [InlineData("20.4.2", true)]
    [InlineData("24.8.4.13", true)]
    public void SQL_access_control_starts_with_20_4(string text, bool supported)
    {
        Assert.Equal(supported, ClickHouseServerVersion.Parse(text).SupportsSqlAccessControl);
    }

    [Fact]
    public void Garbage_is_not_a_version()
    {
        Assert.Throws<FormatException>(() => ClickHouseServerVersion.Parse("eighteen"));
    }
}
