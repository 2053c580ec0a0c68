using System.Text.Json;
using System.Text.Json.Nodes;
using Qtickets.Api.Time;

namespace Qtickets.Pipeline.Running;

/// <summary>
/// The JSON that <c>meta_job_runs</c> keeps: <c>message</c> is a short summary, <c>metrics</c> the detail (counts
/// per dataset, window, pages, skipped resources, error). Compact on purpose: <c>visitParamExtractBool(metrics,
/// 'full_scan')</c>, which works on every server version, needs <c>"full_scan":true</c> without spaces.
/// </summary>
public static class RunMetricsJson
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    public static string Message(RunReport report) => new JsonObject
    {
        ["status"] = StatusText(report.Status),
        ["orders"] = report.Datasets.GetValueOrDefault("orders"),
        ["events"] = report.Datasets.GetValueOrDefault("events"),
        ["rows"] = report.RowsProcessed,
        ["rejected"] = report.OrdersRejected,
        ["warnings"] = report.Warnings.Count,
        ["error"] = report.Error,
    }.ToJsonString(Compact);

    public static string Metrics(RunReport report) => new JsonObject
    {
        ["full_scan"] = report.FullScan,
        ["window"] = Window(report),
        ["orders_fetch"] = OrdersFetch(report),
        ["datasets"] = ToObject(report.Datasets),
        ["orders_skipped"] = ToObject(report.OrdersSkipped),
        ["rejected"] = Rejected(report),
        ["skipped"] = ToObject(report.Skipped),
        ["warnings"] = new JsonArray([.. report.Warnings.Select(w => (JsonNode?)JsonValue.Create(w))]),
        ["days_recomputed"] = report.DaysRecomputed,
        ["duration_seconds"] = Math.Round(report.Duration.TotalSeconds, 3),
        ["error"] = report.Error,
    }.ToJsonString(Compact);

    public static string StatusText(RunStatus status) => status switch
    {
        RunStatus.Ok => "ok",
        RunStatus.Error => "error",
        _ => "stub",
    };

    private static JsonObject? Window(RunReport report) => report.Plan is not { } plan ? null : new JsonObject
    {
        ["from"] = MoscowTime.Format(plan.From),
        ["to"] = MoscowTime.Format(plan.To),
        ["reason"] = JsonNamingPolicy.SnakeCaseLower.ConvertName(plan.Reason.ToString()),
    };

    private static JsonObject? OrdersFetch(RunReport report) => report.Orders is not { } orders ? null : new JsonObject
    {
        ["mode"] = JsonNamingPolicy.SnakeCaseLower.ConvertName(orders.Mode.ToString()),
        ["mode_switch_reason"] = orders.ModeSwitchReason,
        ["pages_fetched"] = orders.PagesFetched,
        ["records_seen"] = orders.RecordsSeen,
        ["records_kept"] = orders.RecordsKept,
        ["records_unreadable"] = orders.RecordsSkipped,
        ["paging_total"] = orders.ReportedTotal,
        ["post_fallback_used"] = orders.PostFallbackUsed,
        ["completed"] = orders.Completed,
    };

    /// <summary>The count of rejected order records and the first ones with their ids and reasons.</summary>
    private static JsonObject Rejected(RunReport report) => new()
    {
        ["count"] = report.OrdersRejected,
        ["first"] = new JsonArray([.. (report.Orders?.RejectedFirst ?? []).Select(r => (JsonNode?)JsonValue.Create(r.Describe()))]),
    };

    private static JsonObject ToObject<T>(IReadOnlyDictionary<string, T> values)
    {
        var result = new JsonObject();
        foreach (var (key, value) in values.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            result[key] = JsonValue.Create(value);
        }

        return result;
    }
}
