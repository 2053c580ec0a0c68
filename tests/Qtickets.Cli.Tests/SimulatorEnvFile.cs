using Qtickets.Simulator;
using Qtickets.TestUtilities;

namespace Qtickets.Cli.Tests;

/// <summary>A loader env file for a real run against a simulator on loopback (every order inside the first window).</summary>
internal static class SimulatorEnvFile
{
    public static string Write(TempDirectory temp, SimulatorServer simulator, string name = "simulator.env") =>
        temp.Write(name, string.Join('\n',
            $"QTICKETS_BASE_URL={simulator.RestBaseUri}",
            $"QTICKETS_TOKEN={simulator.Token}",
            "ORG_NAME=test",
            "DRY_RUN=false",
            "QTICKETS_INITIAL_BACKFILL_HOURS=9600",
            string.Empty));
}
