using System.Globalization;
using System.Net;

namespace Qtickets.Configuration;

/// <summary>
/// Reads and validates the settings of <c>qtickets listen</c> once, before anything is bound or sent, reporting every
/// problem at once (exit 2): the loader's settings (same files and precedence as <c>run</c>) plus
/// <c>QTICKETS_WEBHOOK_*</c>. The secret is required: an unsigned endpoint is not offered.
/// </summary>
public static class ListenerSettingsParser
{
    private const string Why = "for `qtickets listen`";

    /// <param name="layers">Flags, <c>--ch-env</c>, <c>--env-file</c> and the environment.</param>
    /// <exception cref="ConfigurationException">Every problem found.</exception>
    public static ListenerSettings Parse(SettingsLayers layers)
    {
        var reader = new SettingsReader(layers);
        var loader = LoaderSettingsParser.Read(reader, new RunOverrides());
        var webhook = ReadWebhook(reader);
        ClickHouseSettingsParser.RequireConnection(reader, "for `qtickets listen`, which stores every webhook it accepts");
        if (loader.Runtime.DryRun)
        {
            reader.AddError($"{Settings.DryRun}=true: `qtickets listen` has no dry run, since it answers QTickets 200 only once a change is stored; unset it for the listener");
        }

        reader.ThrowIfInvalid();
        return new ListenerSettings(loader, webhook);
    }

    /// <summary>The command-line layer of <c>listen</c>'s flags.</summary>
    public static IReadOnlyDictionary<string, string> Flags(int? port)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (port is { } value)
        {
            values[Settings.WebhookPort.Canonical] = value.ToString(CultureInfo.InvariantCulture);
        }

        return values;
    }

    private static WebhookSettings ReadWebhook(SettingsReader reader)
    {
        var host = reader.StringOrDefault(Settings.WebhookHost, WebhookSettings.DefaultHost);
        if (host != "localhost" && !IPAddress.TryParse(host, out _))
        {
            reader.AddError($"{Settings.WebhookHost} must be an IP address to listen on (127.0.0.1, 0.0.0.0, ::) or localhost, got '{host}'");
        }

        var path = reader.StringOrDefault(Settings.WebhookPath, WebhookSettings.DefaultPath);
        if (!IsPath(path))
        {
            reader.AddError($"{Settings.WebhookPath} must be a URL path like {WebhookSettings.DefaultPath} (starting with '/', no query, no spaces, not {WebhookSettings.HealthPath}), got '{path}'");
        }

        reader.Require(Settings.WebhookSecret, Why + ": QTickets signs every webhook with it (X-Signature), and an unsigned endpoint is not offered");
        return new WebhookSettings(
            host,
            reader.Int(Settings.WebhookPort, WebhookSettings.DefaultPort, 0, 65535),
            path,
            reader.Secret(Settings.WebhookSecret) ?? new Secret(string.Empty),
            reader.Int(Settings.WebhookBatchWindowMs, 200, 0, 5_000),
            reader.Int(Settings.WebhookMaxBatch, 500, 1, 10_000),
            reader.Int(Settings.WebhookMetricsIntervalSeconds, 300, 1, 86_400));
    }

    private static bool IsPath(string path) =>
        path.StartsWith('/') && path.Length <= 200 && path != WebhookSettings.HealthPath
        && !path.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '?' or '#' or '%');
}
