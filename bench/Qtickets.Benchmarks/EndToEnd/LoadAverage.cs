using System.Globalization;

namespace Qtickets.Benchmarks.EndToEnd;

/// <summary>The machine's one-minute load average (<c>/proc/loadavg</c>): printed with every run, because other work on a 2-core machine skews wall times.</summary>
internal static class LoadAverage
{
    public static double OneMinute()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException)
        {
            return double.NaN;
        }
    }
}
