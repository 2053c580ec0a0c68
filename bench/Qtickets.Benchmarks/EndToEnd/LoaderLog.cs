using System.Text.Json;

namespace Qtickets.Benchmarks.EndToEnd;

/// <summary>
/// Reads the loader's structured log lines (one JSON object per line with <c>@t</c> and <c>@m</c>) for where a run's
/// time went. Each stage ends with the line the loader writes when it is done (<c>events: ...</c>,
/// <c>orders: ... written ...</c>, <c>facts: ...</c>, <c>inventory: ...</c>, <c>clients: ...</c>, <c>barcodes: ...</c>)
/// and lasts from the end of the stage it follows; the orders stage therefore covers fetch, transform and insert,
/// which run streamed together. Facts run side by side with inventory and the catalogues, so both follow the orders.
/// </summary>
internal static class LoaderLog
{
    /// <summary>
    /// The stages in the order the loader starts them, with the start of the message that ends each and the stages
    /// whose end starts it: the latest of them that the log shows (stages skipped by settings leave no line).
    /// </summary>
    private static readonly (string Stage, string Prefix, string[] After)[] Markers =
    [
        ("start", "window ", []),
        ("events", "events:", ["start"]),
        ("orders", "orders: ", ["events"]),
        ("facts", "facts:", ["orders"]),
        ("inventory", "inventory:", ["orders"]),
        ("clients", "clients:", ["inventory", "orders"]),
        ("other catalogues", "promo_codes:", ["clients", "inventory", "orders"]),
        ("barcodes", "barcodes:", ["other catalogues", "clients", "inventory", "orders"]),
        ("finish", "run finished", ["barcodes", "other catalogues", "clients", "inventory", "facts", "orders"]),
    ];

    public static TimeSpan? OrdersStage(IEnumerable<string> lines) =>
        Stages(lines).FirstOrDefault(stage => stage.Stage == "orders").Duration;

    /// <summary>
    /// The load itself: from the window line (configuration read, ClickHouse reached, the run planned) to the run's
    /// last line, so process start-up is not in it.
    /// </summary>
    public static TimeSpan? Load(IEnumerable<string> lines)
    {
        DateTimeOffset? start = null;
        DateTimeOffset? end = null;
        foreach (var (time, message) in Messages(lines))
        {
            start ??= message.StartsWith("window ", StringComparison.Ordinal) ? time : null;
            end = message.StartsWith("run finished", StringComparison.Ordinal) ? time : end;
        }

        return start is { } from && end is { } to ? to - from : null;
    }

    /// <summary>Each stage that the log shows, with how long it took (stages skipped by settings are absent).</summary>
    public static IReadOnlyList<(string Stage, TimeSpan? Duration)> Stages(IEnumerable<string> lines)
    {
        var ends = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var (time, message) in Messages(lines))
        {
            foreach (var (stage, prefix, _) in Markers)
            {
                if (message.StartsWith(prefix, StringComparison.Ordinal) && (stage != "orders" || message.Contains(" written ", StringComparison.Ordinal)))
                {
                    ends.TryAdd(stage, time);
                }
            }
        }

        var stages = new List<(string, TimeSpan?)>();
        foreach (var (stage, _, after) in Markers)
        {
            var starts = after.Where(ends.ContainsKey).Select(before => ends[before]).ToList();
            if (ends.TryGetValue(stage, out var end) && starts.Count > 0)
            {
                stages.Add((stage, end - starts.Max()));
            }
        }

        return stages;
    }

    private static IEnumerable<(DateTimeOffset Time, string Message)> Messages(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (!line.StartsWith("{\"@t\"", StringComparison.Ordinal))
            {
                continue;
            }

            (DateTimeOffset, string)? entry = null;
            try
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.TryGetProperty("@m", out var message) && json.RootElement.GetProperty("@t").TryGetDateTimeOffset(out var time))
                {
                    entry = (time, message.GetString() ?? string.Empty);
                }
            }
            catch (JsonException)
            {
                // Not a log event after all.
            }

            if (entry is { } found)
            {
                yield return found;
            }
        }
    }
}
