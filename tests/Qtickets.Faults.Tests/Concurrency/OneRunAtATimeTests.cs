using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Qtickets.Api.Time;
using Qtickets.ClickHouse.Testing;
using Qtickets.Faults.Tests.Support;
using Qtickets.Processes;
using Qtickets.Simulator;
using Qtickets.TestUtilities;

namespace Qtickets.Faults.Tests.Concurrency;

/// <summary>
/// Two <c>qtickets run</c> processes of the same job (a timer run and a manual one, two containers sharing the state
/// volume): the second stops at once, names the run in progress and leaves no trace; a run killed with SIGKILL
/// leaves no lock behind.
/// </summary>
public sealed class OneRunAtATimeTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>, IDisposable
{
    private readonly TempDirectory _state = new();

    public void Dispose() => _state.Dispose();

    [Fact]
    public async Task A_second_run_of_the_job_exits_1_at_once_naming_the_run_in_progress_and_sends_nothing()
    {
        await using var harness = await FaultHarness.StartAsync(clickHouse, SlowTenant(121));
        // The second run talks to an API of its own: any request it sent would show there.
        await using var secondApi = await SimulatorServer.StartAsync(FaultHarness.SmallTenant(122), null, CancellationToken.None);
        var firstStarting = DateTimeOffset.UtcNow;
        await using var first = Support.Cli.Start(["run", "--max-concurrency", "1"], harness.Environment(State()));
        await WaitUntilLoadingAsync(harness, first);
        var firstLoading = DateTimeOffset.UtcNow;

        var clock = Stopwatch.StartNew();
        var second = await harness.RunCliAsync(["run"], State(new()
        {
            ["QTICKETS_BASE_URL"] = secondApi.RestBaseUri.ToString(),
            ["QTICKETS_TOKEN"] = secondApi.Token,
        }));
        clock.Stop();

        Assert.True(second.ExitCode == 1, second.ToString());
        Assert.False(first.HasExited, "the first run should still be loading");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"the second run took {clock.Elapsed}");
        var text = string.Join('\n', second.AllText);
        Assert.Contains($"pid {first.Pid}", text, StringComparison.Ordinal);
        Assert.Contains(Environment.MachineName, text, StringComparison.Ordinal);
        Assert.Contains("already running", text, StringComparison.Ordinal);
        AssertNamesStartBetween(text, firstStarting, firstLoading);
        Assert.Equal(0L, secondApi.Requests.Total);
        Assert.Empty(await harness.JobRunsAsync());

        var firstResult = await first.WaitForCliAsync();
        Assert.True(firstResult.ExitCode == 0, firstResult.ToString());
        await harness.AssertJobRunsAsync("ok");
        await harness.AssertNoSecretLeakedAsync();
    }

    [Fact]
    public async Task A_run_killed_with_sigkill_does_not_block_the_next_run()
    {
        await using var harness = await FaultHarness.StartAsync(clickHouse, SlowTenant(123));
        await using (var killed = Support.Cli.Start(["run", "--max-concurrency", "1"], harness.Environment(State())))
        {
            await WaitUntilLoadingAsync(harness, killed);
            var whileAlive = await harness.RunCliAsync(["run"], State());
            Assert.True(whileAlive.ExitCode == 1, "while the first run lives, a second is refused: " + whileAlive);
            killed.Kill();
            await killed.WaitForCliAsync();
        }

        harness.ClearFaults();
        var next = await harness.RunCliAsync(["run"], State());

        Assert.True(next.ExitCode == 0, next.ToString());
        await harness.AssertJobRunsAsync("ok");
        await harness.AssertLoadedAsTheApiSaysAsync();
    }

    [Fact]
    public async Task A_dry_run_is_not_blocked_by_a_run_in_progress()
    {
        await using var harness = await FaultHarness.StartAsync(clickHouse, SlowTenant(124));
        await using var first = Support.Cli.Start(["run", "--max-concurrency", "1"], harness.Environment(State()));
        await WaitUntilLoadingAsync(harness, first);

        var dryRun = await harness.RunCliAsync(["run", "--dry-run"], State());
        var realRun = await harness.RunCliAsync(["run"], State());

        Assert.True(dryRun.ExitCode == 0, dryRun.ToString());
        Assert.Contains(dryRun.AllText, l => l.Contains("stub mode", StringComparison.Ordinal));
        Assert.True(realRun.ExitCode == 1, "a real run at the same time is refused: " + realRun);
        Assert.Equal(0, (await first.WaitForCliAsync()).ExitCode);
        await harness.AssertJobRunsAsync("ok");
    }

    [Fact]
    public async Task A_state_directory_that_cannot_be_created_is_a_configuration_error_naming_the_setting()
    {
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(125));
        var notADirectory = _state.Write("a-file", "x");

        var result = await harness.RunCliAsync(["run"], new Dictionary<string, string> { ["QTICKETS_STATE_DIR"] = Path.Combine(notADirectory, "state") });

        Refusal.AssertRefused(result, "QTICKETS_STATE_DIR", notADirectory);
        Assert.Equal(0, harness.Simulator.Requests.Total);
        Assert.Empty(await harness.JobRunsAsync());
    }

    /// <summary>Slow answers (one request at a time) keep a run busy for several seconds.</summary>
    private static SimulatorOptions SlowTenant(int seed) => FaultHarness.SmallTenant(seed) with { IgnoreWhere = true, LatencyMs = 400 };

    private Dictionary<string, string> State(Dictionary<string, string>? overrides = null)
    {
        var environment = overrides ?? [];
        environment["QTICKETS_STATE_DIR"] = _state.Path;
        return environment;
    }

    /// <summary>
    /// The refusal names the start time of the run in progress (<c>started 2026-11-30 18:36:06 (Moscow)</c>), and it is
    /// the first run's: between the moment it was started and the moment it was seen loading (to the second).
    /// </summary>
    private static void AssertNamesStartBetween(string text, DateTimeOffset earliest, DateTimeOffset latest)
    {
        var match = Regex.Match(text, @"started (\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) \(Moscow\)");
        Assert.True(match.Success, "the refusal names no start time: " + text);
        var started = MoscowTime.FromWallClock(DateTime.ParseExact(match.Groups[1].Value, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        Assert.InRange(started, earliest.AddTicks(-(earliest.UtcTicks % TimeSpan.TicksPerSecond)), latest);
    }

    /// <summary>Until the run has sent its first request to QTickets (so it holds the lock, if there is one).</summary>
    private static async Task WaitUntilLoadingAsync(FaultHarness harness, RunningChild run)
    {
        var clock = Stopwatch.StartNew();
        while (harness.Simulator.Requests.Total == 0)
        {
            Assert.False(run.HasExited, "the run ended before it sent a request:\n" + string.Join('\n', run.LogSoFar));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "the run sent no request within 30 s");
            await Task.Delay(50);
        }
    }
}
