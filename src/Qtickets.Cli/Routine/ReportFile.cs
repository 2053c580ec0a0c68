using System.Globalization;
using Qtickets.Api.Time;

namespace Qtickets.Cli.Routine;

/// <summary>
/// Where <c>qtickets verify</c> writes its report, claimed before the first step: verify resets the database, so a
/// report it could not write afterwards (a mounted <c>reports/</c> owned by another user) would leave a reset stack and
/// no proof of anything. Claiming creates the directory and the file, holding a line that says verify is in progress.
/// </summary>
public static class ReportFile
{
    /// <summary>The report's full path: the one asked for, else <c>reports/verify-&lt;Moscow time&gt;.md</c>.</summary>
    public static string PathFor(string? requested, DateTimeOffset startedAt)
    {
        var stamp = MoscowTime.ToWallClock(startedAt).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        return Path.GetFullPath(requested ?? Path.Combine("reports", $"verify-{stamp}.md"));
    }

    /// <summary>Creates the directory and the file; returns why that failed, or null when the report can be written there.</summary>
    public static string? Claim(string path, DateTimeOffset startedAt)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, string.Create(CultureInfo.InvariantCulture,
                $"# qtickets verify: in progress since {MoscowTime.Format(startedAt)} Moscow time (no report yet)\n"));
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return ex.Message;
        }
    }

    public static void Write(string path, VerifyReport report) => File.WriteAllText(path, VerifyReportWriter.Render(report));
}
