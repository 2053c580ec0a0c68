using Qtickets.Configuration;

namespace Qtickets.Cli.Routine;

/// <summary>What <c>qtickets verify</c> runs against and how far it goes.</summary>
public sealed record VerifyOptions(
    ClickHouseSettings ClickHouse,
    string? ChEnv,
    string SampleEnvFile,
    string? LiveEnvFile,
    bool Live,
    bool Force,
    string JobName);
