using System.Text.Json;

namespace Qtickets.Benchmarks.EndToEnd;

/// <summary>
/// Reads the loader's structured log lines (one JSON object per line with <c>@t</c> and <c>@m</c>): the orders stage
/// lasts from the <c>events: ...</c> line (events read, orders begin) to the <c>orders: ... written</c> line.
/// </summary>
internal static class LoaderLog
{
    public static TimeSpan? OrdersStage(IEnumerable<string> lines)
    {
        DateTimeOffset? eventsRead = null;
        foreach (var (time, message) in Messages(lines))
        {
            if (message.StartsWith("events:", StringComparison.Ordinal))
            {
                eventsRead = time;
            }
            else if (message.StartsWith("orders:", StringComparison.Ordinal) && eventsRead is { } start)
            {
                return time - start;
            }
        }

        return null;
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
