using Qtickets.Configuration;

namespace Qtickets.Cli.Routine;

/// <summary>What <c>qtickets verify</c> runs against, where it loads from and which steps the operator skipped.</summary>
public sealed record VerifyOptions(ClickHouseSettings ClickHouse, string JobName)
{
    /// <summary>Steps the operator may skip by name (<c>--skip</c>); reset, bootstrap and the checks of a load cannot be.</summary>
    public static IReadOnlyList<string> SkippableSteps { get; } = ["smoke", "build", "load", "tests", "status"];

    /// <summary>Reset a server that is not on loopback too.</summary>
    public bool Force { get; init; }

    /// <summary>The real QTickets API (<c>--live --env-file</c>) instead of the simulator; its data stays.</summary>
    public LiveSource? Live { get; init; }

    public IReadOnlySet<string> Skip { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The sources the build and the tests come from; null where there are none (the Docker image).</summary>
    public SourceCheckout? Checkout { get; init; }

    /// <summary>The project whose <c>Category=OperatorRoutine</c> tests run; null: the checkout's API client tests.</summary>
    public string? TestsProject { get; init; }

    /// <summary>Size of the simulated tenant: small enough for a quick routine, large enough for many pages and days.</summary>
    public int SimulatorOrders { get; init; } = 3_000;

    public int SimulatorEvents { get; init; } = 24;

    /// <summary>A fresh token per run for the simulator, so that it is a secret the report has to mask like any other.</summary>
    public string SimulatorToken { get; init; } = RandomToken("verify-");

    public string SimulatorPartnersToken { get; init; } = RandomToken("verify-partners-");

    private static string RandomToken(string prefix) =>
        prefix + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}
