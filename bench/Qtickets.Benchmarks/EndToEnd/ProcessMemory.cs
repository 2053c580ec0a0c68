using System.Globalization;

namespace Qtickets.Benchmarks.EndToEnd;

/// <summary>
/// Reads a process's CPU time and peak resident set from <c>/proc/&lt;pid&gt;/status</c> (<c>VmHWM</c>, the kernel's own high-water
/// mark). Sampling it is enough because the kernel keeps the peak: only growth in the last sampling interval before
/// the process exits can be missed.
/// </summary>
internal static class ProcessMemory
{
    public static long? PeakResidentBytes(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The process exited between two samples: the last sample stands.
        }

        return null;
    }

    /// <summary>User plus system CPU time so far (<c>/proc/&lt;pid&gt;/stat</c>, fields 14 and 15, in clock ticks of 1/100 s).</summary>
    public static TimeSpan? CpuTime(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");

            // The command name (field 2) may hold spaces; the fields after it start behind its closing parenthesis.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / 100.0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
