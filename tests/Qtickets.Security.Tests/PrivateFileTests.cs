using Qtickets.TestUtilities;

namespace Qtickets.Security.Tests;

// Real files and real Unix permissions: the point of these tests.
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PrivateFileTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_written_file_is_readable_by_its_owner_only()
    {
        var path = Path.Combine(_temp.Path, "secrets.env");

        PrivateFile.Write(path, "PASSWORD=x\n");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal("PASSWORD=x\n", File.ReadAllText(path));
    }

    [Fact]
    public void Writing_over_a_world_readable_file_and_a_leftover_temporary_file_leaves_mode_600()
    {
        var path = _temp.Write("secrets.env", "old");
        var leftover = _temp.Write("secrets.env.tmp", "half-written");
        File.SetUnixFileMode(path, (UnixFileMode)0b110_100_100);
        File.SetUnixFileMode(leftover, (UnixFileMode)0b110_110_110);

        PrivateFile.Write(path, "new");

        Assert.Equal("600", PrivateFile.Octal(File.GetUnixFileMode(path)));
        Assert.Equal("new", File.ReadAllText(path));
        Assert.False(File.Exists(leftover));
    }

    [Theory]
    [InlineData(0b110_100_100, "644", "group and others")]
    [InlineData(0b110_100_000, "640", "group")]
    [InlineData(0b110_000_010, "602", "others")]
    public void A_loose_file_is_set_back_to_owner_only_and_says_what_it_was(int mode, string octal, string who)
    {
        var path = _temp.Write("loose.env", "x");
        File.SetUnixFileMode(path, (UnixFileMode)mode);

        var was = PrivateFile.KeepPrivate(path);

        Assert.Equal(octal, PrivateFile.Octal(was!.Value));
        Assert.Equal(who, PrivateFile.Who(was.Value));
        Assert.Equal("600", PrivateFile.Octal(File.GetUnixFileMode(path)));
    }

    [Fact]
    public void An_owner_only_file_is_left_as_it_is()
    {
        var path = _temp.Write("tight.env", "x");
        File.SetUnixFileMode(path, UnixFileMode.UserRead);

        Assert.Null(PrivateFile.KeepPrivate(path));
        Assert.Equal("400", PrivateFile.Octal(File.GetUnixFileMode(path)));
    }

    [Fact]
    public void The_marker_line_is_found_among_other_lines()
    {
        Assert.True(PrivateFile.IsMarked(["# Local ClickHouse", PrivateFile.MarkerLine, "A=1"]));
        Assert.False(PrivateFile.IsMarked(["# qtickets", "A=1"]));
    }
}
