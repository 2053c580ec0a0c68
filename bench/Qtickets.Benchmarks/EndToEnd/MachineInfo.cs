using System.Globalization;
using System.Runtime.InteropServices;

namespace Qtickets.Benchmarks.EndToEnd;

/// <summary>The machine the figures come from: cores, CPU model, memory, OS, .NET and ClickHouse versions.</summary>
internal static class MachineInfo
{
    public static string Describe(string clickHouseVersion) => string.Create(CultureInfo.InvariantCulture,
        $"{Environment.ProcessorCount} cores ({CpuModel()}), {MemoryGigabytes():F1} GB RAM, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, ClickHouse {clickHouseVersion}");

    private static string CpuModel() =>
        ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";

    private static double MemoryGigabytes()
    {
        var line = ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kilobytes is null ? double.NaN : long.Parse(kilobytes, CultureInfo.InvariantCulture) / 1048576.0;
    }

    private static IEnumerable<string> ReadLines(string path) => File.Exists(path) ? File.ReadLines(path) : [];
}
