namespace Qtickets.Benchmarks.EndToEnd;

/// <summary>
/// <c>./bench.sh</c>: starts the benchmark's ClickHouse and the timing proxy, runs the scenarios (the simulator
/// in-process, the loader as a child process), prints the table and writes it under <c>.local/bench-results/</c>.
/// ClickHouse is stopped at the end whatever happened.
/// </summary>
internal static class EndToEndCommand
{
    public static async Task<int> RunAsync(BenchOptions options, TextWriter output, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await BenchWorkspace.OpenAsync(options, output, time).ConfigureAwait(false) is not { } workspace)
        {
            return 2;
        }

        var (cliDll, logDirectory) = (workspace.CliDll, workspace.LogDirectory);
        output.WriteLine($"bench: starting the local ClickHouse (.local/bench-clickhouse); logs in {logDirectory}");
        await using var clickHouse = await BenchClickHouse.StartAsync(workspace.ClickHouseState, cancellationToken).ConfigureAwait(false);
        await using var proxy = await InsertTimingProxy.StartAsync(clickHouse.Connection.Url, cancellationToken).ConfigureAwait(false);
        var loader = new LoaderRunner(cliDll, logDirectory, clickHouse, proxy, options.LoaderEnvironment);
        var scenarios = new ScenarioRunner(options, loader, clickHouse, cliDll, logDirectory, output);
        var results = await scenarios.RunAsync(cancellationToken).ConfigureAwait(false);
        var report = BenchReport.Render(options, MachineInfo.Describe(clickHouse.Version), results);
        if (options.LoaderEnvironment.Count > 0)
        {
            report = $"EXPERIMENT: the loader ran with {string.Join(' ', options.LoaderEnvironment.Select(pair => $"{pair.Key}={pair.Value}"))} (--loader-env), not as shipped\n{report}";
        }

        if (options.Scenarios.Contains('c'))
        {
            report += $"note: {ScenarioRunner.NoReconciliation}\n";
        }

        output.WriteLine();
        output.Write(report);
        var resultFile = await workspace.WriteResultAsync("bench", options, report, cancellationToken).ConfigureAwait(false);
        output.WriteLine($"written to {resultFile}");
        return results.All(r => r.ExitCode == 0) ? 0 : 1;
    }
}
