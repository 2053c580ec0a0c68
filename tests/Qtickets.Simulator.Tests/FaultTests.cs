using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Qtickets.Simulator.Tests.Support;

namespace Qtickets.Simulator.Tests;

/// <summary>Each test starts its own small simulator with one fault.</summary>
public sealed class FaultTests
{
    [Fact]
    public async Task Every_kth_request_gets_429_with_retry_after_one_second()
    {
        await using var host = await StartAsync(new SimulatorFaults { RateLimitEvery = 3 });

        var answers = new List<ApiAnswer>();
        for (var i = 0; i < 9; i++)
        {
            answers.Add(await host.Rest.GetAsync("events"));
        }

        Assert.Equal([3, 6, 9], answers.Select((a, i) => (a, i)).Where(x => x.a.Status == HttpStatusCode.TooManyRequests).Select(x => x.i + 1));
        Assert.All(answers.Where(a => a.Status == HttpStatusCode.TooManyRequests), a => Assert.Equal(TimeSpan.FromSeconds(1), a.RetryAfter));
    }

    [Fact]
    public async Task Post_orders_answers_the_configured_status_with_the_real_503_body()
    {
        await using var host = await StartAsync(new SimulatorFaults { PostOrdersStatus = 503 });

        var post = await host.Rest.PostAsync("orders", new { page = 1 });
        var get = await host.Rest.GetAsync("orders", new { page = 1 });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, post.Status);
        var body = post.Json.RootElement;
        Assert.Equal("Unknown error", body.GetProperty("error").GetString());
        Assert.Equal(503, body.GetProperty("status").GetInt32());
        Assert.Equal("UNKNOWN_ERROR", body.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Array, body.GetProperty("info").ValueKind);
        get.EnsureOk();
    }

    [Fact]
    public async Task Every_kth_list_answer_is_a_200_with_a_malformed_json_body()
    {
        await using var host = await StartAsync(new SimulatorFaults { MalformedEvery = 2 });

        var answers = new List<ApiAnswer>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await host.Rest.GetAsync("orders", new { page = i + 1 })).EnsureOk());
        }

        Assert.Equal([false, true, false, true], answers.Select(a => !IsJson(a.Bytes)));
        Assert.StartsWith("{\"data\":[", answers[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Error_rate_replaces_about_that_share_of_list_answers_with_5xx()
    {
        await using var host = await StartAsync(new SimulatorFaults { ErrorRate = 0.3 });

        var statuses = new List<int>();
        for (var i = 0; i < 200; i++)
        {
            statuses.Add((int)(await host.Rest.GetAsync("color-themes")).Status);
        }

        var failures = statuses.Where(s => s != 200).ToList();
        Assert.InRange(failures.Count, 40, 80);
        Assert.All(failures, s => Assert.Contains(s, new[] { 500, 502, 503, 504 }));
    }

    [Fact]
    public async Task Error_rate_does_not_touch_single_records()
    {
        await using var host = await StartAsync(new SimulatorFaults { ErrorRate = 1 });
        var eventId = await FirstEventIdAsync(host);

        var single = await host.Rest.GetAsync($"events/{eventId}");
        var list = await host.Rest.GetAsync("events");

        single.EnsureOk();
        Assert.True((int)list.Status >= 500);
    }

    [Fact]
    public async Task Reset_every_kth_request_aborts_the_connection()
    {
        await using var host = await StartAsync(new SimulatorFaults { ResetEvery = 2 });

        var first = await host.Rest.GetAsync("events");
        var second = await Record.ExceptionAsync(() => host.Rest.GetAsync("events"));
        var third = await host.Rest.GetAsync("events");

        first.EnsureOk();
        Assert.IsType<HttpRequestException>(second);
        third.EnsureOk();
        Assert.Equal("reset", host.Server.Requests.Snapshot()[1].Fault);
    }

    [Fact]
    public async Task Latency_delays_every_answer()
    {
        await using var host = await StartAsync(new SimulatorFaults { LatencyMs = 150 });

        var watch = Stopwatch.StartNew();
        (await host.Rest.GetAsync("color-themes")).EnsureOk();

        Assert.True(watch.ElapsedMilliseconds >= 140, $"answered after {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Faults_change_at_run_time_and_never_touch_the_health_route()
    {
        await using var host = await StartAsync(SimulatorFaults.None);
        using var control = new HttpClient { BaseAddress = host.Server.BaseUri };

        (await host.Rest.GetAsync("events")).EnsureOk();
        host.Server.UpdateFaults(f => f with { RateLimitEvery = 1 });
        var limited = await host.Rest.GetAsync("events");
        var health = await control.GetAsync("_simulator/health");
        host.Server.UpdateFaults(SimulatorFaults.None);
        var healed = await host.Rest.GetAsync("events");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        healed.EnsureOk();
    }

    [Fact]
    public async Task Faults_can_be_set_over_http_by_a_script()
    {
        await using var host = await StartAsync(SimulatorFaults.None);
        using var control = new HttpClient { BaseAddress = host.Server.BaseUri };

        using var response = await control.PostAsync("_simulator/faults", new StringContent("{\"post_orders_status\": 502, \"ignore_where\": true}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(502, host.Server.Faults.PostOrdersStatus);
        Assert.True(host.Server.Faults.IgnoreWhere);
        Assert.Equal(HttpStatusCode.BadGateway, (await host.Rest.PostAsync("orders", new { page = 1 })).Status);
    }

    private static Task<SimulatorHost> StartAsync(SimulatorFaults faults) => SimulatorHost.StartAsync(SimulatorHost.DefaultOptions with
    {
        Orders = 300,
        Events = 6,
        IgnoreWhere = faults.IgnoreWhere,
        LatencyMs = faults.LatencyMs,
        ErrorRate = faults.ErrorRate,
        RateLimitEvery = faults.RateLimitEvery,
        PostOrdersStatus = faults.PostOrdersStatus,
        MalformedEvery = faults.MalformedEvery,
        ResetEvery = faults.ResetEvery,
    });

    private static async Task<long> FirstEventIdAsync(SimulatorHost host)
    {
        host.Server.UpdateFaults(SimulatorFaults.None);
        var id = (await host.Rest.GetAsync("events")).EnsureOk().Ids[0];
        host.Server.UpdateFaults(f => f with { ErrorRate = 1 });
        return id;
    }

    private static bool IsJson(byte[] bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
