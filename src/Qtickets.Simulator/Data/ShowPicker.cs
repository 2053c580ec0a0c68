namespace Qtickets.Simulator.Data;

/// <summary>
/// Chooses the show an order placed at a given instant is for: an event on sale that day (weighted by
/// popularity), then one of its shows still to come. Deleted (test) events never sell.
/// </summary>
internal sealed class ShowPicker
{
    private readonly long _historyStart;
    private readonly IReadOnlyList<EventModel> _events;
    private readonly IReadOnlyList<ShowModel> _shows;
    private readonly int[][] _dayEvents;
    private readonly double[][] _dayWeights;

    public ShowPicker(long historyStart, int days, IReadOnlyList<EventModel> events, IReadOnlyList<ShowModel> shows)
    {
        _historyStart = historyStart;
        _events = events;
        _shows = shows;
        var members = new List<int>[days];
        for (var day = 0; day < days; day++)
        {
            members[day] = [];
        }

        foreach (var model in events.Where(e => !e.IsDeleted))
        {
            var firstDay = Math.Max(0, DayOf(shows[model.ShowIndexes[0]].SaleStart));
            var lastDay = Math.Min(days - 1, DayOf(shows[model.ShowIndexes[^1]].Start));
            for (var day = firstDay; day <= lastDay; day++)
            {
                members[day].Add(model.Index);
            }
        }

        _dayEvents = members.Select(m => m.ToArray()).ToArray();
        _dayWeights = _dayEvents.Select(CumulativeWeights).ToArray();
    }

    /// <summary>The index of the show, in <see cref="Dataset.Shows"/>.</summary>
    public int Pick(long instant, ref DeterministicRandom random)
    {
        var showIndexes = PickEvent(instant, ref random).ShowIndexes;
        var upcoming = 0;
        for (var i = 0; i < showIndexes.Count; i++)
        {
            upcoming += _shows[showIndexes[i]].Start > instant ? 1 : 0;
        }

        if (upcoming == 0)
        {
            return showIndexes[^1];
        }

        // Invariant: shows of an event ascend in time, so the upcoming ones are the last ones.
        return showIndexes[showIndexes.Count - upcoming + random.Next(upcoming)];
    }

    private EventModel PickEvent(long instant, ref DeterministicRandom random)
    {
        var day = Math.Clamp(DayOf(instant), 0, _dayEvents.Length - 1);
        var candidates = _dayEvents[day];
        if (candidates.Length == 0)
        {
            return Fallback(instant);
        }

        var weights = _dayWeights[day];
        var roll = random.NextDouble() * weights[^1];
        var position = Array.BinarySearch(weights, roll);
        position = position >= 0 ? position + 1 : ~position;
        return _events[candidates[Math.Min(position, candidates.Length - 1)]];
    }

    private EventModel Fallback(long instant)
    {
        var live = _events.Where(e => !e.IsDeleted).ToList();
        return live.FirstOrDefault(e => _shows[e.ShowIndexes[^1]].Start > instant) ?? live[^1];
    }

    private double[] CumulativeWeights(int[] eventIndexes)
    {
        var weights = new double[eventIndexes.Length];
        var sum = 0.0;
        for (var i = 0; i < eventIndexes.Length; i++)
        {
            sum += _events[eventIndexes[i]].Popularity;
            weights[i] = sum;
        }

        return weights;
    }

    private int DayOf(long instant) => (int)Math.Floor((instant - _historyStart) / (double)TimeMath.Day);
}
