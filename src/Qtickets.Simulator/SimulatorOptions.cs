using System.Globalization;
using Qtickets.Simulator.Webhooks;

namespace Qtickets.Simulator;

/// <summary>
/// Start-up settings of the simulator, validated once before anything is generated or bound.
/// The same seed, sizes and <see cref="Anchor"/> always give byte-identical answers.
/// </summary>
public sealed record SimulatorOptions
{
    public const int MaxOrders = 5_000_000;
    public const int MaxEvents = 5_000;
    public const int MaxLiveSalesPerMinute = 6_000;

    /// <summary>Loopback port; 0 picks a free one (see <see cref="SimulatorServer.Port"/>).</summary>
    public int Port { get; init; }

    public int Seed { get; init; } = 42;

    /// <summary>Orders in the history (the last 365 days before <see cref="Anchor"/>).</summary>
    public int Orders { get; init; } = 2000;

    public int Events { get; init; } = 24;

    /// <summary>Bearer token of the REST API.</summary>
    public string Token { get; init; } = "sim-token";

    /// <summary>Bearer token of the Partners API.</summary>
    public string PartnersToken { get; init; } = "sim-partners-token";

    /// <summary>"Now" of the generated history; null takes the injected TimeProvider's now at start.</summary>
    public DateTimeOffset? Anchor { get; init; }

    /// <summary>How many recent requests the log keeps (counts are kept for all).</summary>
    public int RequestLogCapacity { get; init; } = 20_000;

    /// <inheritdoc cref="SimulatorFaults.IgnoreWhere"/>
    public bool IgnoreWhere { get; init; }

    /// <inheritdoc cref="SimulatorFaults.IgnoreSelect"/>
    public bool IgnoreSelect { get; init; }

    /// <inheritdoc cref="SimulatorFaults.LatencyMs"/>
    public int LatencyMs { get; init; }

    /// <inheritdoc cref="SimulatorFaults.ErrorRate"/>
    public double ErrorRate { get; init; }

    /// <inheritdoc cref="SimulatorFaults.RateLimitEvery"/>
    public int RateLimitEvery { get; init; }

    /// <inheritdoc cref="SimulatorFaults.PostOrdersStatus"/>
    public int? PostOrdersStatus { get; init; }

    /// <inheritdoc cref="SimulatorFaults.MalformedEvery"/>
    public int MalformedEvery { get; init; }

    /// <inheritdoc cref="SimulatorFaults.ResetEvery"/>
    public int ResetEvery { get; init; }

    /// <summary>When set, every order change the simulator makes is POSTed there as a signed QTickets webhook.</summary>
    public WebhookOptions? Webhooks { get; init; }

    /// <summary>New paid orders a minute while it runs (0 = none); each appears in <c>/orders</c> and is announced by webhook.</summary>
    public int LiveSalesPerMinute { get; init; }

    /// <summary>The run-time part of these options.</summary>
    public SimulatorFaults Faults => new()
    {
        IgnoreWhere = IgnoreWhere,
        IgnoreSelect = IgnoreSelect,
        LatencyMs = LatencyMs,
        ErrorRate = ErrorRate,
        RateLimitEvery = RateLimitEvery,
        PostOrdersStatus = PostOrdersStatus,
        MalformedEvery = MalformedEvery,
        ResetEvery = ResetEvery,
    };

    /// <summary>Every problem, each naming its setting; empty when the options are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        Check(errors, Port is >= 0 and <= 65535, $"Port must be between 0 and 65535, not {Port}.");
        Check(errors, Orders is >= 0 and <= MaxOrders, $"Orders must be between 0 and {MaxOrders}, not {Orders}.");
        Check(errors, Events is >= 1 and <= MaxEvents, $"Events must be between 1 and {MaxEvents}, not {Events}.");
        Check(errors, IsToken(Token), $"Token must be non-empty without spaces.");
        Check(errors, IsToken(PartnersToken), $"PartnersToken must be non-empty without spaces.");
        Check(errors, RequestLogCapacity >= 0, $"RequestLogCapacity must not be negative, not {RequestLogCapacity}.");
        Check(errors, LiveSalesPerMinute is >= 0 and <= MaxLiveSalesPerMinute, $"LiveSalesPerMinute must be between 0 and {MaxLiveSalesPerMinute}, not {LiveSalesPerMinute}.");
        errors.AddRange(Faults.Validate());
        errors.AddRange(Webhooks?.Validate() ?? []);
        return errors;
    }

    /// <exception cref="SimulatorOptionsException">When <see cref="Validate"/> finds anything.</exception>
    public void ThrowIfInvalid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new SimulatorOptionsException(errors);
        }
    }

    private static bool IsToken(string? token) => !string.IsNullOrEmpty(token) && !token.Any(char.IsWhiteSpace);

    private static void Check(List<string> errors, bool valid, FormattableString message)
    {
        if (!valid)
        {
            errors.Add(message.ToString(CultureInfo.InvariantCulture));
        }
    }
}
