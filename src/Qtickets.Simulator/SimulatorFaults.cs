using System.Globalization;

namespace Qtickets.Simulator;

/// <summary>
/// Behaviour that can change while the simulator runs (<see cref="SimulatorServer.UpdateFaults(SimulatorFaults)"/>).
/// Counters of the "every K-th" faults restart when the faults change. Faults never touch <c>/_simulator/*</c>.
/// </summary>
public sealed record SimulatorFaults
{
    public static SimulatorFaults None { get; } = new();

    /// <summary>The production tenant: where, orderBy, per_page and other parameters ignored; 50 orders or 10 events a page, ascending ids.</summary>
    public bool IgnoreWhere { get; init; }

    /// <summary>
    /// A tenant that ignores <c>select</c> (and <c>flat</c>) on seats: every seats answer is the zones hierarchy whose
    /// seats carry only <c>seat_id</c> and <c>admission</c>, as a seats request without <c>select</c> gets.
    /// </summary>
    public bool IgnoreSelect { get; init; }

    /// <summary>Delay before every answer, through the injected TimeProvider.</summary>
    public int LatencyMs { get; init; }

    /// <summary>Share (0..1) of list answers replaced by a 500, 502, 503 or 504; drawn from a Random seeded with the simulator's seed.</summary>
    public double ErrorRate { get; init; }

    /// <summary>Every K-th request (0 = never) answers 429 with <c>Retry-After: 1</c>.</summary>
    public int RateLimitEvery { get; init; }

    /// <summary>When set, <c>POST /orders</c> answers this status (503: the real <c>UNKNOWN_ERROR</c> body).</summary>
    public int? PostOrdersStatus { get; init; }

    /// <summary>Every K-th list answer (0 = never) is a 200 whose JSON body is cut short.</summary>
    public int MalformedEvery { get; init; }

    /// <summary>Every K-th request (0 = never) has its connection aborted: the client sees a reset.</summary>
    public int ResetEvery { get; init; }

    /// <summary>Every problem with these values, each naming its setting; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (LatencyMs is < 0 or > 600_000)
        {
            errors.Add(Invariant($"LatencyMs must be between 0 and 600000, not {LatencyMs}."));
        }

        if (double.IsNaN(ErrorRate) || ErrorRate is < 0 or > 1)
        {
            errors.Add(Invariant($"ErrorRate must be a share between 0 and 1, not {ErrorRate}."));
        }

        AddIfNegative(errors, nameof(RateLimitEvery), RateLimitEvery);
        AddIfNegative(errors, nameof(MalformedEvery), MalformedEvery);
        AddIfNegative(errors, nameof(ResetEvery), ResetEvery);
        if (PostOrdersStatus is { } status && status is < 400 or > 599)
        {
            errors.Add(Invariant($"PostOrdersStatus must be an HTTP error status (400-599), not {status}."));
        }

        return errors;
    }

    private static void AddIfNegative(List<string> errors, string name, int value)
    {
        if (value < 0)
        {
            errors.Add(Invariant($"{name} must be 0 (off) or a positive K, not {value}."));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
