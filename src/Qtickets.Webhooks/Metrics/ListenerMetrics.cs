namespace Qtickets.Webhooks.Metrics;

/// <summary>
/// Thread-safe counts and receipt-to-stored latencies, per reporting period (<see cref="TakePeriod"/>) and since
/// start (<see cref="Totals"/>). Latencies keep at most <see cref="MaxSamples"/> per period (20 a second for five
/// minutes is 6,000); later ones are counted but not sampled.
/// </summary>
public sealed class ListenerMetrics
{
    public const int MaxSamples = 50_000;
    private static readonly int CounterCount = Enum.GetValues<WebhookCounter>().Length;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly long[] _totals = new long[CounterCount];
    private readonly List<double> _totalLatencies = [];
    private long[] _period = new long[CounterCount];
    private List<double> _periodLatencies = [];
    private DateTimeOffset _periodStart;

    public ListenerMetrics(TimeProvider time)
    {
        _time = time;
        _periodStart = time.GetUtcNow();
    }

    public void Count(WebhookCounter counter, long by = 1)
    {
        lock (_gate)
        {
            _totals[(int)counter] += by;
            _period[(int)counter] += by;
        }
    }

    /// <summary>An order stored: counts it applied and samples its latency from receipt.</summary>
    public void Stored(TimeSpan latency)
    {
        lock (_gate)
        {
            _totals[(int)WebhookCounter.Applied]++;
            _period[(int)WebhookCounter.Applied]++;
            Sample(_periodLatencies, latency.TotalMilliseconds);
            Sample(_totalLatencies, latency.TotalMilliseconds);
        }
    }

    /// <summary>Everything since start (latencies: the first <see cref="MaxSamples"/>).</summary>
    public ListenerPeriod Totals
    {
        get
        {
            lock (_gate)
            {
                return Snapshot(DateTimeOffset.MinValue, _time.GetUtcNow(), _totals, _totalLatencies);
            }
        }
    }

    /// <summary>Ends the current period and starts the next one.</summary>
    public ListenerPeriod TakePeriod()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var period = Snapshot(_periodStart, now, _period, _periodLatencies);
            _period = new long[CounterCount];
            _periodLatencies = [];
            _periodStart = now;
            return period;
        }
    }

    /// <summary>Puts back a period that could not be reported, so the next report covers it too.</summary>
    public void Restore(ListenerPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        lock (_gate)
        {
            for (var i = 0; i < CounterCount; i++)
            {
                _period[i] += period.Counts[i];
            }

            foreach (var latency in period.LatenciesMs)
            {
                Sample(_periodLatencies, latency);
            }

            _periodStart = period.Start < _periodStart ? period.Start : _periodStart;
        }
    }

    private static void Sample(List<double> samples, double value)
    {
        if (samples.Count < MaxSamples)
        {
            samples.Add(value);
        }
    }

    private static ListenerPeriod Snapshot(DateTimeOffset start, DateTimeOffset end, long[] counts, List<double> latencies)
    {
        var sorted = latencies.ToArray();
        Array.Sort(sorted);
        return new ListenerPeriod(start, end, [.. counts], sorted);
    }
}
