using System.Buffers;
using System.Text;
using System.Text.Json;
using Qtickets.ClickHouse.Sql;

namespace Qtickets.Webhooks.Metrics;

/// <summary>
/// The listener's row of <c>meta_job_runs</c> (job <c>qtickets_webhooks</c>) for one period. The loader's row type
/// lives in the pipeline, which this project does not reference (the pipeline implements the applier seam), so the
/// row is written here as an <c>INSERT ... SELECT</c>: <c>toDateTime(unix seconds)</c> lets the server render the
/// instants in its own zone (Europe/Moscow), like every other timestamp of the stack, without a second Moscow-time
/// helper. Only counts and the listener's address go in; never the secret or a body.
/// </summary>
internal static class ListenerRunSql
{
    public static string Insert(ListenerPeriod period, string listener, Guid runId)
    {
        var refused = period[WebhookCounter.Refused];
        return $"""
            INSERT INTO meta_job_runs (job, run_id, started_at, finished_at, status, rows_processed, message, metrics)
            SELECT
                {SqlLiteral.String(WebhookListenerOptions.JobName)},
                toUUID({SqlLiteral.String(runId.ToString("D"))}),
                toDateTime({SqlLiteral.Number(period.Start.ToUnixTimeSeconds())}),
                toDateTime({SqlLiteral.Number(period.End.ToUnixTimeSeconds())}),
                {SqlLiteral.String(refused == 0 ? "ok" : "error")},
                toUInt64({SqlLiteral.Number(period[WebhookCounter.Applied])}),
                {SqlLiteral.String(Message(period))},
                {SqlLiteral.String(Metrics(period, listener))}
            """;
    }

    /// <summary>The metrics key of a counter: <c>too_large</c> for <see cref="WebhookCounter.TooLarge"/>.</summary>
    public static string Key(WebhookCounter counter) =>
        string.Concat(counter.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static string Message(ListenerPeriod period) => Json(w =>
    {
        w.WriteString("summary", string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{period[WebhookCounter.Received]} webhooks: {period[WebhookCounter.Applied]} applied, {period[WebhookCounter.Rejected]} rejected, {period[WebhookCounter.Refused]} refused"));
    });

    private static string Metrics(ListenerPeriod period, string listener) => Json(w =>
    {
        foreach (var counter in Enum.GetValues<WebhookCounter>())
        {
            w.WriteNumber(Key(counter), period[counter]);
        }

        WriteLatency(w, "latency_p50_ms", period.LatencyP50Ms);
        WriteLatency(w, "latency_p95_ms", period.LatencyP95Ms);
        w.WriteNumber("latency_samples", period.LatenciesMs.Count);
        w.WriteNumber("period_seconds", Math.Round((period.End - period.Start).TotalSeconds, 3));
        w.WriteString("listener", listener);
    });

    private static void WriteLatency(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } ms)
        {
            writer.WriteNumber(name, Math.Round(ms, 1));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string Json(Action<Utf8JsonWriter> members)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            members(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
