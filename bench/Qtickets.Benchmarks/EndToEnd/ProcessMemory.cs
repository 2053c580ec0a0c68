using System.Globalization;

namespace Qtickets.Benchmarks.EndToEnd;

/// <summary>
/// Reads a process's peak resident set from <c>/proc/&lt;pid&gt;/status</c> (<c>VmHWM</c>, the kernel's own high-water
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
}
