using System.Text.Json;

namespace Qtickets.Benchmarks.EndToEnd;

/// <summary>What the loader recorded in <c>meta_job_runs</c> about a run: status, orders written, order records read, order pages, mode.</summary>
internal sealed record JobRunMetrics(string Status, long Orders, long RecordsSeen, long Pages, string Mode, bool FullScan)
{
    public static JobRunMetrics None { get; } = new("(no row)", 0, 0, 0, "-", false);

    public static JobRunMetrics From(JsonElement row)
    {
        using var metrics = JsonDocument.Parse(row.GetProperty("metrics").GetString() ?? "{}");
        var root = metrics.RootElement;
        var fetch = root.TryGetProperty("orders_fetch", out var f) && f.ValueKind == JsonValueKind.Object ? f : default;
        return new JobRunMetrics(
            row.GetProperty("status").GetString() ?? "?",
            root.TryGetProperty("datasets", out var datasets) && datasets.TryGetProperty("orders", out var orders) ? orders.GetInt64() : 0,
            fetch.ValueKind == JsonValueKind.Object && fetch.TryGetProperty("records_seen", out var seen) ? seen.GetInt64() : 0,
            fetch.ValueKind == JsonValueKind.Object && fetch.TryGetProperty("pages_fetched", out var pages) ? pages.GetInt64() : 0,
            fetch.ValueKind == JsonValueKind.Object && fetch.TryGetProperty("mode", out var mode) ? mode.GetString() ?? "-" : "-",
            root.TryGetProperty("full_scan", out var full) && full.ValueKind == JsonValueKind.True);
    }
}
