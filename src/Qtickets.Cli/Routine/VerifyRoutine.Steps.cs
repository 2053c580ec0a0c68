using System.Globalization;
using Qtickets.ClickHouse.Schema;
using Qtickets.ClickHouse.Sql;
using Qtickets.Cli.Infrastructure;
using Qtickets.Configuration;

namespace Qtickets.Cli.Routine;

public sealed partial class VerifyRoutine
{
    private string Database => options.ClickHouse.Database;

    private string Job => SqlLiteral.String(options.JobName);

    private async Task<VerifyStep> ResetAsync(CancellationToken cancellationToken)
    {
        if (!options.ClickHouse.IsLoopback && !options.Force)
        {
            return Result($"refused: {options.ClickHouse.Host} is not on loopback (add --force)", [], passed: false);
        }

        await new StackReset(serverAdmin, Database).RunAsync(cancellationToken).ConfigureAwait(false);
        var db = SqlLiteral.String(Database);
        return Result($"database {Database} dropped and recreated empty", [
            await CheckAsync(serverAdmin, $"SELECT count() FROM system.databases WHERE name = {db}", "1", cancellationToken).ConfigureAwait(false),
            await CheckAsync(serverAdmin, $"SELECT count() FROM system.tables WHERE database = {db}", "0", cancellationToken).ConfigureAwait(false),
        ], passed: true);
    }

    private async Task<VerifyStep> BootstrapAsync(CancellationToken cancellationToken)
    {
        var result = await new SchemaBootstrapper(serverAdmin, new SchemaBootstrapOptions(Database)).ApplyAsync(cancellationToken).ConfigureAwait(false);
        _serverVersion = result.ServerVersion.ToString();
        _tables.AddRange(result.Tables);
        var db = SqlLiteral.String(Database);
        var checks = new List<SqlCheck>();
        foreach (var required in SchemaObjects.Required)
        {
            checks.Add(await CheckAsync(serverAdmin, $"SELECT count() FROM system.tables WHERE database = {db} AND name = {SqlLiteral.String(required)}", "1", cancellationToken).ConfigureAwait(false));
        }

        checks.Add(await CheckAsync(admin, "SELECT count() FROM meta_job_runs", "0", cancellationToken).ConfigureAwait(false));
        var skipped = result.Skipped.Select(s => $"skipped {s.Script}: {s.Reason}").Distinct().ToList();
        return Result($"{result.Applied.Count} statements applied, {result.Skipped.Count} skipped, {result.Tables.Count} objects", checks, result.IsComplete, skipped);
    }

    private Task<VerifyStep> BuildAsync(CancellationToken cancellationToken)
    {
        var dockerfile = Path.GetFullPath("deploy/Dockerfile");
        var summary = File.Exists(dockerfile)
            ? $"{LoaderVersion()}, built by ./qtickets; the image qtickets_api:latest builds from deploy/Dockerfile with the same scripts/publish.sh"
            : $"{LoaderVersion()} (installed build)";
        return Task.FromResult(Result(summary, [], passed: true));
    }

    private async Task<VerifyStep> SmokeAsync(CancellationToken cancellationToken)
    {
        var outcome = await new SmokeTest(admin, options.JobName, time).RunAsync(options.SampleEnvFile, options.ChEnv, cancellationToken).ConfigureAwait(false);
        var count = $"SELECT count() FROM meta_job_runs WHERE job = {Job}";
        var checks = new List<SqlCheck>
        {
            new(count, outcome.CountBefore.ToString(CultureInfo.InvariantCulture), outcome.CountAfter.ToString(CultureInfo.InvariantCulture)),
            new($"{count} AND started_at >= now() - 300", "0", outcome.RecentRows.ToString(CultureInfo.InvariantCulture)),
        };
        var output = new List<string> { $"$ qtickets run --env-file {options.SampleEnvFile} --dry-run  -> exit {outcome.Loader.ExitCode}" };
        output.AddRange(outcome.Loader.LastLogLines(15));
        return Result($"loader exit code {outcome.Loader.ExitCode}, meta_job_runs {outcome.CountBefore} -> {outcome.CountAfter}", checks, outcome.Passed, output);
    }

    private async Task<VerifyStep> DryRunAsync(CancellationToken cancellationToken)
    {
        var arguments = new List<string> { "run", "--env-file", options.SampleEnvFile, "--dry-run", "--verbose" };
        AddChEnv(arguments);
        var run = await QticketsProcess.RunAsync(arguments, null, time, cancellationToken).ConfigureAwait(false);
        var said = run.Log.Any(l => l.Contains("nothing written", StringComparison.Ordinal));
        var checks = new List<SqlCheck>
        {
            await CheckAsync(admin, "SELECT count() FROM stg_qtickets_api_orders_raw", "0", cancellationToken).ConfigureAwait(false),
            await CheckAsync(admin, "SELECT count() FROM meta_job_runs", "0", cancellationToken).ConfigureAwait(false),
        };
        var output = new List<string> { $"exit code {run.ExitCode}; log says nothing was written: {(said ? "yes" : "no")}" };
        output.AddRange(run.LastLogLines(10));
        return Result($"exit code {run.ExitCode}, no exception, {(said ? "logged that nothing was written" : "did NOT log that nothing was written")}", checks, run.ExitCode == 0 && said, output);
    }

    private async Task<VerifyStep> ClientTestsAsync(CancellationToken cancellationToken)
    {
        var project = Path.GetFullPath("tests/Qtickets.Api.Tests/Qtickets.Api.Tests.csproj");
        if (!File.Exists(project))
        {
            return VerifyStep.NotRun(0, string.Empty, "not run: the client tests are not here (run verify from the repository root)");
        }

        var result = await ClientTests.RunAsync(project, time, cancellationToken).ConfigureAwait(false);
        return Result(result.Summary, [], result.Passed, result.Output);
    }

    private async Task<VerifyStep> LiveAsync(CancellationToken cancellationToken)
    {
        if (!options.Live)
        {
            return VerifyStep.NotRun(0, string.Empty, "not run: pass --live with --env-file holding a real token and DRY_RUN=false");
        }

        if (options.LiveEnvFile is not { } envFile)
        {
            return Result("--live needs --env-file with the real QTickets settings", [], passed: false);
        }

        var live = LoaderSettingsParser.Parse(SettingsLayers.Create(clickHouseEnvFile: options.ChEnv, envFile: envFile));
        if (live.StubReason is { } reason)
        {
            return Result($"refused: {envFile} means stub mode ({reason}); a live run needs a real token and DRY_RUN=false", [], passed: false);
        }

        var arguments = new List<string> { "run", "--env-file", envFile };
        AddChEnv(arguments);
        var run = await QticketsProcess.RunAsync(arguments, null, time, cancellationToken).ConfigureAwait(false);
        var checks = new List<SqlCheck>
        {
            await CheckAsync(admin, $"SELECT count() FROM meta_job_runs WHERE job = {Job} AND status = 'ok'", "1", cancellationToken).ConfigureAwait(false),
            await CheckAsync(admin, "SELECT count() > 0 FROM fact_qtickets_sales_daily", "1", cancellationToken).ConfigureAwait(false),
        };
        return Result($"exit code {run.ExitCode}", checks, run.ExitCode == 0, run.LastLogLines(10));
    }

    private void AddChEnv(List<string> arguments)
    {
        if (options.ChEnv is not null)
        {
            arguments.AddRange(["--ch-env", options.ChEnv]);
        }
    }
}
