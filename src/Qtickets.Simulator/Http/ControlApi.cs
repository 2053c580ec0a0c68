using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Qtickets.Simulator.Webhooks;

namespace Qtickets.Simulator.Http;

/// <summary>
/// <c>/_simulator/*</c>: for scripts driving a simulator in another process. No auth, no faults, not
/// logged. <c>GET health</c>; <c>GET requests</c> (counts by "METHOD path"); <c>DELETE requests</c>
/// (clear the log); <c>GET faults</c>; <c>POST faults</c> with any of ignore_where, latency_ms,
/// error_rate, rate_limit_every, post_orders_status, malformed_every, reset_every; <c>GET webhooks</c>
/// (what the webhook deliveries did: counts and change-to-200 latency).
/// </summary>
internal sealed class ControlApi
{
    public const string Prefix = "/_simulator/";
    private readonly RequestLog _log;
    private readonly FaultInjector _faults;
    private readonly Func<int> _orders;
    private readonly int _events;
    private readonly Func<WebhookStats> _webhooks;

    /// <param name="log">The request log.</param>
    /// <param name="faults">The faults in force.</param>
    /// <param name="orders">Orders now (live sales add some).</param>
    /// <param name="events">Events generated.</param>
    /// <param name="webhooks">What the webhook deliveries did.</param>
    public ControlApi(RequestLog log, FaultInjector faults, Func<int> orders, int events, Func<WebhookStats> webhooks)
    {
        _log = log;
        _faults = faults;
        _orders = orders;
        _events = events;
        _webhooks = webhooks;
    }

    public async Task HandleAsync(HttpContext http, string path, string? body)
    {
        var ct = http.RequestAborted;
        switch (http.Request.Method, path[Prefix.Length..].TrimEnd('/'))
        {
            case ("GET", "health"):
                await WriteAsync(http, w =>
                {
                    w.WriteString("status", "ok");
                    w.WriteNumber("orders", _orders());
                    w.WriteNumber("events", _events);
                }).ConfigureAwait(false);
                break;
            case ("GET", "requests"):
                await WriteAsync(http, WriteRequests).ConfigureAwait(false);
                break;
            case ("DELETE", "requests"):
                _log.Clear();
                await WriteAsync(http, WriteRequests).ConfigureAwait(false);
                break;
            case ("GET", "faults"):
                await WriteAsync(http, w => WriteFaults(w, _faults.Current)).ConfigureAwait(false);
                break;
            case ("POST", "faults"):
                await UpdateFaultsAsync(http, body).ConfigureAwait(false);
                break;
            case ("GET", "webhooks"):
                await WriteAsync(http, w => WriteWebhooks(w, _webhooks())).ConfigureAwait(false);
                break;
            default:
                await Responses.WriteNotFoundPageAsync(http, ct).ConfigureAwait(false);
                break;
        }
    }

    private async Task UpdateFaultsAsync(HttpContext http, string? body)
    {
        SimulatorFaults updated;
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(body) ? "{}" : body);
            updated = Merge(_faults.Current, document.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            await Responses.WriteErrorAsync(http, 400, "Faults must be a JSON object: " + ex.Message, http.RequestAborted).ConfigureAwait(false);
            return;
        }

        var errors = updated.Validate();
        if (errors.Count > 0)
        {
            await Responses.WriteErrorAsync(http, 400, string.Join(" ", errors), http.RequestAborted).ConfigureAwait(false);
            return;
        }

        _faults.Update(updated);
        await WriteAsync(http, w => WriteFaults(w, updated)).ConfigureAwait(false);
    }

    private static SimulatorFaults Merge(SimulatorFaults current, JsonElement changes)
    {
        var result = current;
        foreach (var property in changes.EnumerateObject())
        {
            var value = property.Value;
            result = property.Name switch
            {
                "ignore_where" => result with { IgnoreWhere = value.GetBoolean() },
                "ignore_select" => result with { IgnoreSelect = value.GetBoolean() },
                "latency_ms" => result with { LatencyMs = value.GetInt32() },
                "error_rate" => result with { ErrorRate = value.GetDouble() },
                "rate_limit_every" => result with { RateLimitEvery = value.GetInt32() },
                "post_orders_status" => result with { PostOrdersStatus = value.ValueKind == JsonValueKind.Null ? null : value.GetInt32() },
                "malformed_every" => result with { MalformedEvery = value.GetInt32() },
                "reset_every" => result with { ResetEvery = value.GetInt32() },
                _ => throw new FormatException($"unknown fault '{property.Name}'"),
            };
        }

        return result;
    }

    private void WriteRequests(Utf8JsonWriter writer)
    {
        writer.WriteNumber("total", _log.Total);
        writer.WriteStartObject("counts");
        foreach (var (key, count) in _log.Counts())
        {
            writer.WriteNumber(key, count);
        }

        writer.WriteEndObject();
    }

    private static void WriteFaults(Utf8JsonWriter writer, SimulatorFaults faults)
    {
        writer.WriteBoolean("ignore_where", faults.IgnoreWhere);
        writer.WriteBoolean("ignore_select", faults.IgnoreSelect);
        writer.WriteNumber("latency_ms", faults.LatencyMs);
        writer.WriteNumber("error_rate", faults.ErrorRate);
        writer.WriteNumber("rate_limit_every", faults.RateLimitEvery);
        Json.JsonFormat.WriteNullableNumber(writer, "post_orders_status", faults.PostOrdersStatus);
        writer.WriteNumber("malformed_every", faults.MalformedEvery);
        writer.WriteNumber("reset_every", faults.ResetEvery);
    }

    private static void WriteWebhooks(Utf8JsonWriter writer, WebhookStats stats)
    {
        writer.WriteNumber("queued", stats.Queued);
        writer.WriteNumber("attempts", stats.Attempts);
        writer.WriteNumber("delivered", stats.Delivered);
        writer.WriteNumber("retries", stats.Retries);
        writer.WriteNumber("gave_up", stats.GaveUp);
        writer.WriteNumber("dropped", stats.Dropped);
        writer.WriteNumber("outstanding", stats.Outstanding);
        writer.WriteNumber("latency_samples", stats.LatencySamples);
        WriteNullable(writer, "latency_p50_ms", stats.LatencyP50Ms);
        WriteNullable(writer, "latency_p95_ms", stats.LatencyP95Ms);
        WriteNullable(writer, "latency_max_ms", stats.LatencyMaxMs);
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, Math.Round(number, 3));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static Task WriteAsync(HttpContext http, Action<Utf8JsonWriter> writeMembers) =>
        Responses.WriteJsonAsync(
            http,
            200,
            w =>
            {
                w.WriteStartObject();
                writeMembers(w);
                w.WriteEndObject();
            },
            truncate: false,
            http.RequestAborted);
}
