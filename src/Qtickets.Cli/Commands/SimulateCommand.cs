using System.Globalization;
using System.Runtime.InteropServices;
using Qtickets.Configuration;
using Qtickets.Api.Time;
using Qtickets.Simulator;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>
/// <c>qtickets simulate</c>: serves the QTickets API simulator on 127.0.0.1 until Ctrl+C or SIGTERM.
/// Once it accepts connections it prints <c>listening &lt;REST base URL&gt;</c>, <c>partners &lt;URL&gt;</c>,
/// <c>token &lt;token&gt;</c> and <c>partners-token &lt;token&gt;</c>, one per line, for scripts to parse.
/// </summary>
public sealed class SimulateCommand(IAnsiConsole console) : AsyncCommand<SimulateSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SimulateSettings settings, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => Stop(signal, stop));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => Stop(signal, stop));
        var options = settings.ToOptions();
        await using var server = await SimulatorServer.StartAsync(options, TimeProvider.System, stop.Token).ConfigureAwait(false);
        Announce(server);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Ctrl+C or SIGTERM: the normal way to end a simulator.
        }

        await server.StopAsync(CancellationToken.None).ConfigureAwait(false);
        if (options.Webhooks is not null)
        {
            var stats = server.Webhooks;
            console.Profile.Out.Writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"webhooks queued {stats.Queued}, delivered {stats.Delivered}, retries {stats.Retries}, gave up {stats.GaveUp}, dropped {stats.Dropped}, abandoned {stats.Outstanding}"));
        }

        console.WriteLine("stopped");
        return ExitCodes.Success;
    }

    private static void Stop(PosixSignalContext signal, CancellationTokenSource stop)
    {
        signal.Cancel = true;
        stop.Cancel();
    }

    /// <summary>Plain lines straight to the console's writer: Spectre would wrap long lines, and scripts parse these.</summary>
    private void Announce(SimulatorServer server)
    {
        var options = server.Options;
        var output = console.Profile.Out.Writer;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"qtickets simulator: {options.Orders} orders, {options.Events} events, seed {options.Seed}, anchor {MoscowTime.FormatWithOffset(server.Anchor)}"));
        output.WriteLine($"listening {server.RestBaseUri}");
        output.WriteLine($"partners {server.PartnersBaseUri}");
        output.WriteLine($"token {server.Token}");
        output.WriteLine($"partners-token {server.PartnersToken}");
        output.WriteLine($"faults {Describe(server.Faults)}");
        if (options.Webhooks is { } webhooks)
        {
            // The secret only as a fingerprint: this output ends up in logs.
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"webhooks {webhooks.Url} secret {Secret.Of(webhooks.Secret)} retry-scale {webhooks.RetryScale}"));
        }

        if (options.LiveSalesPerMinute > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"live-sales {options.LiveSalesPerMinute} per minute"));
        }

        output.WriteLine("press Ctrl+C to stop");
        output.Flush();
    }

    private static string Describe(SimulatorFaults faults)
    {
        var parts = new List<string>();
        AddIf(parts, faults.IgnoreWhere, $"ignore-where");
        AddIf(parts, faults.IgnoreSelect, $"ignore-select");
        AddIf(parts, faults.LatencyMs > 0, $"latency {faults.LatencyMs} ms");
        AddIf(parts, faults.ErrorRate > 0, $"error-rate {faults.ErrorRate}");
        AddIf(parts, faults.RateLimitEvery > 0, $"429 every {faults.RateLimitEvery}");
        AddIf(parts, faults.PostOrdersStatus is not null, $"POST /orders -> {faults.PostOrdersStatus}");
        AddIf(parts, faults.MalformedEvery > 0, $"malformed every {faults.MalformedEvery}");
        AddIf(parts, faults.ResetEvery > 0, $"reset every {faults.ResetEvery}");
        return parts.Count == 0 ? "none" : string.Join(", ", parts);
    }

    private static void AddIf(List<string> parts, bool condition, FormattableString text)
    {
        if (condition)
        {
            parts.Add(text.ToString(CultureInfo.InvariantCulture));
        }
    }
}
