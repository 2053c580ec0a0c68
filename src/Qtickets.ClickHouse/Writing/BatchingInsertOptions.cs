using System.Globalization;

namespace Qtickets.ClickHouse.Writing;

/// <summary>How <see cref="BatchingInsertWriter{T}"/> groups rows into inserts and retries failed ones.</summary>
public sealed record BatchingInsertOptions
{
    /// <summary>Rows per insert; a full batch is sent at once.</summary>
    public int BatchSize { get; init; } = 5_000;

    /// <summary>A partial batch is sent this long after its first row arrived.</summary>
    public TimeSpan FlushInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Rows waiting in memory at most; writers wait (back-pressure) when it is reached.</summary>
    public int QueueLimit { get; init; } = 20_000;

    /// <summary>Further attempts of a batch after a transient failure (see <see cref="ClickHouseException.IsTransient"/>).</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>Delay before the first retry; doubles for each further one up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(10);

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        Check(errors, BatchSize >= 1, $"BatchSize must be at least 1, got {BatchSize}");
        Check(errors, QueueLimit >= BatchSize, $"QueueLimit ({QueueLimit}) must be at least BatchSize ({BatchSize})");
        Check(errors, FlushInterval > TimeSpan.Zero, $"FlushInterval must be positive, got {FlushInterval}");
        Check(errors, MaxRetries >= 0, $"MaxRetries must not be negative, got {MaxRetries}");
        Check(errors, RetryBaseDelay >= TimeSpan.Zero, $"RetryBaseDelay must not be negative, got {RetryBaseDelay}");
        Check(errors, MaxRetryDelay >= RetryBaseDelay, $"MaxRetryDelay ({MaxRetryDelay}) must be at least RetryBaseDelay ({RetryBaseDelay})");
        return errors;
    }

    /// <summary>The delay before retry number <paramref name="retry"/> (1-based).</summary>
    public TimeSpan RetryDelay(int retry)
    {
        var factor = Math.Pow(2, Math.Min(retry - 1, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(RetryBaseDelay.Ticks * factor, MaxRetryDelay.Ticks));
        return delay;
    }

    private static void Check(List<string> errors, bool ok, FormattableString problem)
    {
        if (!ok)
        {
            errors.Add(problem.ToString(CultureInfo.InvariantCulture));
        }
    }
}
