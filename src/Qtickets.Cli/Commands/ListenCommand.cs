using System.Globalization;
using Qtickets.Cli.Infrastructure;
using Qtickets.Cli.Webhooks;
using Qtickets.Configuration;
using Qtickets.Pipeline.Loading;
using Qtickets.Webhooks;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>
/// <c>qtickets listen</c>: the QTickets order webhook listener, until Ctrl+C or SIGTERM (then it finishes the batch in
/// hand and exits 0). Exit 2 for bad settings (the secret is required), 1 when it cannot run. Once it accepts
/// connections it prints <c>listening &lt;webhook URL&gt;</c> and <c>health &lt;URL&gt;</c>, one per line.
/// </summary>
public sealed class ListenCommand(IAnsiConsole console, OrderApplierRegistration appliers) : AsyncCommand<ListenSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ListenSettings settings, CancellationToken cancellationToken)
    {
        var listener = ListenerSettingsParser.Parse(CommandEnvironment.Layers(settings, ListenerSettingsParser.Flags(settings.Port)));
        using var logs = CommandEnvironment.Logging(listener);
        using var session = new ClickHouseSession(ClickHouseConnections.Writer(listener.Loader.ClickHouse));
        var applier = appliers.Create(new OrderApplierContext(listener, session.Client, logs, TimeProvider.System));
        if (applier is null)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(OrderApplierRegistration.NotWiredMessage)}");
            return ExitCodes.RunFailed;
        }

        try
        {
            var options = WebhookListenerOptions.From(listener.Webhook);
            await using var server = await WebhookListener.StartAsync(options, applier, session.Client, logs, TimeProvider.System, cancellationToken).ConfigureAwait(false);
            Announce(server, listener.Webhook);
            await WaitForStopAsync(cancellationToken).ConfigureAwait(false);
            await server.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            await ((applier as IAsyncDisposable)?.DisposeAsync() ?? ValueTask.CompletedTask).ConfigureAwait(false);
        }

        console.Profile.Out.Writer.WriteLine("stopped");
        return ExitCodes.Success;
    }

    private static async Task WaitForStopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C or SIGTERM (docker stop, systemd): the normal way to end a listener.
        }
    }

    /// <summary>Plain lines for scripts (never the secret, only its fingerprint).</summary>
    private void Announce(WebhookListener server, WebhookSettings webhook)
    {
        var output = console.Profile.Out.Writer;
        output.WriteLine($"listening {server.WebhookUri}");
        output.WriteLine($"health {server.HealthUri}");
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"secret {webhook.Secret.Fingerprint}, batching window {webhook.BatchWindowMs} ms, a {WebhookListenerOptions.JobName} row in meta_job_runs every {webhook.MetricsIntervalSeconds} s"));
        output.WriteLine("press Ctrl+C to stop");
        output.Flush();
    }
}
