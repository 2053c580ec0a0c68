namespace Qtickets.Api.Http;

/// <summary>Exponential back-off with "equal jitter": between half and all of the capped exponential delay.</summary>
internal static class RetryDelay
{
    /// <param name="attempt">0 for the delay before the first retry.</param>
    /// <param name="baseDelay">The delay before the first retry, before jitter.</param>
    /// <param name="maxDelay">The cap of the exponential delay, before jitter.</param>
    /// <param name="jitterSample">A sample in [0, 1) from the injected jitter source.</param>
    public static TimeSpan Compute(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, double jitterSample)
    {
        var exponential = baseDelay.Ticks * Math.Pow(2, Math.Min(attempt, 30));
        var capped = Math.Min(exponential, maxDelay.Ticks);
        var sample = Math.Clamp(jitterSample, 0, 1);
        return TimeSpan.FromTicks((long)(capped * (0.5 + (0.5 * sample))));
    }
}
