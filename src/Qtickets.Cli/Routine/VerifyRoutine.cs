using System.Diagnostics;
using Qtickets.ClickHouse;
using Qtickets.ClickHouse.Schema;

namespace Qtickets.Cli.Routine;

/// <summary>
/// The operators' stack-reset-and-verify routine (spec section 1), steps 1 to 7 in order, stopping at the first
/// failed step; step 8 is the report the caller writes from the result. Every step records what it measured.
/// </summary>
public sealed partial class VerifyRoutine(VerifyOptions options, IClickHouseClient admin, IClickHouseClient serverAdmin, TimeProvider time)
{
    private readonly List<SchemaTableInfo> _tables = [];
    private string? _serverVersion;

    public async Task<VerifyReport> RunAsync(Action<VerifyStep> onStep, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var steps = new List<VerifyStep>();
        var plan = new (int Number, string Title, Func<CancellationToken, Task<VerifyStep>> Run)[]
        {
            (1, "Clean state: drop the stack's database", ResetAsync),
            (2, "Bring ClickHouse up and apply the schema bootstrap", BootstrapAsync),
            (3, "Build the loader", BuildAsync),
            (4, "Smoke test: dry run with placeholder credentials", SmokeAsync),
            (5, "Manual run of the loader in dry-run", DryRunAsync),
            (6, "Unit tests of the API client (GET path, POST fallback)", ClientTestsAsync),
            (7, "Live run with a real token (DRY_RUN=false)", LiveAsync),
        };
        foreach (var (number, title, run) in plan)
        {
            var step = steps.Any(s => s.Outcome == StepOutcome.Failed)
                ? VerifyStep.NotRun(number, title, "not run: an earlier step failed")
                : await TimedAsync(number, title, run, cancellationToken).ConfigureAwait(false);
            steps.Add(step);
            onStep(step);
        }

        return new VerifyReport(started, LoaderVersion(), _serverVersion, options.ClickHouse.BaseUri.ToString(),
            options.ClickHouse.Database, steps, _tables);
    }

    public static string LoaderVersion()
    {
        var assembly = typeof(VerifyRoutine).Assembly;
        var version = FileVersionInfo.GetVersionInfo(assembly.Location).ProductVersion ?? assembly.GetName().Version?.ToString() ?? "unknown";
        return $"qtickets {version} on .NET {Environment.Version}";
    }

    private async Task<VerifyStep> TimedAsync(int number, string title, Func<CancellationToken, Task<VerifyStep>> run, CancellationToken cancellationToken)
    {
        var start = time.GetTimestamp();
        try
        {
            var step = await run(cancellationToken).ConfigureAwait(false);
            return step with { Number = number, Title = title, Duration = time.GetElapsedTime(start) };
        }
        catch (Exception ex) when (ex is ClickHouseException or HttpRequestException or InvalidOperationException or IOException or Configuration.ConfigurationException)
        {
            return new VerifyStep(number, title, StepOutcome.Failed, time.GetElapsedTime(start), ex.Message);
        }
    }

    private async Task<SqlCheck> CheckAsync(IClickHouseClient client, string sql, string expected, CancellationToken cancellationToken)
    {
        var actual = await client.QueryScalarAsync<string>($"SELECT toString(({sql}))", cancellationToken).ConfigureAwait(false);
        return new SqlCheck(sql, expected, actual ?? "(no row)");
    }

    private static VerifyStep Result(string summary, IReadOnlyList<SqlCheck> checks, bool passed, IReadOnlyList<string>? output = null) =>
        new(0, string.Empty, passed && checks.All(c => c.Passed) ? StepOutcome.Passed : StepOutcome.Failed, TimeSpan.Zero, summary)
        {
            Checks = checks,
            Output = output ?? [],
        };
}
