using System.Globalization;

namespace Qtickets.Benchmarks.HotPaths;

/// <summary>The best of several timed passes of one hot path over the same orders.</summary>
internal sealed record HotPathResult(string Name, long Orders, TimeSpan Best, TimeSpan Cpu, long AllocatedBytes, long Bytes)
{
    public double MicrosecondsPerOrder => Best.TotalMicroseconds / Math.Max(1, Orders);

    public double CpuMicrosecondsPerOrder => Cpu.TotalMicroseconds / Math.Max(1, Orders);

    public double OrdersPerSecond => Orders / Math.Max(Best.TotalSeconds, 1e-9);

    public double AllocatedKilobytesPerOrder => AllocatedBytes / 1024.0 / Math.Max(1, Orders);

    public string MegabytesPerSecond => Bytes > 0
        ? (Bytes / 1048576.0 / Math.Max(Best.TotalSeconds, 1e-9)).ToString("F0", CultureInfo.InvariantCulture)
        : "-";
}
