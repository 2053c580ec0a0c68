namespace Qtickets.Simulator.Data;

/// <summary>
/// Maps a share u in [0, 1) of the order history to an instant, following a daily rhythm in Moscow
/// time (quiet nights, busy evenings; peak at most ~1.3x the mean so that a 100,000-order tenant
/// stays under ~15 orders an hour). Monotone, so ascending u gives ascending created_at.
/// </summary>
internal sealed class HistoryTimeline
{
    private static readonly double[] HourWeights =
    [
        0.70, 0.60, 0.55, 0.55, 0.55, 0.60, 0.70, 0.85, 0.95, 1.00, 1.05, 1.10,
        1.10, 1.10, 1.10, 1.10, 1.15, 1.20, 1.20, 1.20, 1.20, 1.10, 1.00, 0.85,
    ];

    private readonly long _start;
    private readonly double[] _cumulative;
    private readonly long _end;

    public HistoryTimeline(long start, long end)
    {
        _start = start;
        _end = end;
        var hours = (int)((end - start + TimeMath.Hour - 1) / TimeMath.Hour);
        _cumulative = new double[hours + 1];
        for (var hour = 0; hour < hours; hour++)
        {
            var weight = HourWeights[TimeMath.LocalHour(start + (hour * TimeMath.Hour), TimeMath.Moscow)];
            _cumulative[hour + 1] = _cumulative[hour] + weight;
        }
    }

    public long At(double share)
    {
        var target = share * _cumulative[^1];
        var position = Array.BinarySearch(_cumulative, target);
        var hour = position >= 0 ? position : ~position - 1;
        hour = Math.Clamp(hour, 0, _cumulative.Length - 2);
        var weight = _cumulative[hour + 1] - _cumulative[hour];
        var fraction = weight > 0 ? (target - _cumulative[hour]) / weight : 0;
        var instant = _start + (long)((hour + fraction) * TimeMath.Hour);
        return Math.Min(instant, _end - 1);
    }
}
