using Qtickets.Simulator;

namespace Qtickets.Faults.Tests.Support;

/// <summary>Waits for the simulator's request log to show an injected fault, to change the faults right after it.</summary>
internal static class RequestLogWatch
{
    public static int FaultCount(SimulatorServer simulator, string fault) =>
        simulator.Requests.Snapshot().Count(r => r.Fault == fault);

    public static async Task WaitForFaultAsync(SimulatorServer simulator, string fault, int count, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        while (FaultCount(simulator, fault) < count)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5), timeout.Token);
        }
    }
}
