using Microsoft.Extensions.Logging;
using Qtickets.Cli.Commands;
using Qtickets.Configuration;
using Qtickets.Security;
using Spectre.Console;

namespace Qtickets.Cli.Infrastructure;

/// <summary>What every configured command needs first: its settings layers and a logger factory that hides secrets.</summary>
public static class CommandEnvironment
{
    public static SettingsLayers Layers(EnvFileSettings settings, IReadOnlyDictionary<string, string>? flags = null) =>
        SettingsLayers.Create(flags, settings.ChEnv, settings.EnvFile);

    /// <summary>The redactor of every secret a loader's configuration holds.</summary>
    public static SecretRedactor Redactor(LoaderSettings settings) => new([
        settings.Qtickets.Token?.Value,
        settings.Qtickets.PartnersToken?.Value,
        settings.ClickHouse.Password.Value,
        settings.ClickHouse.AdminPassword?.Value,
        settings.ClickHouse.ReaderPassword?.Value,
    ]);

    public static ILoggerFactory Logging(string level, SecretRedactor redactor) =>
        LoggingSetup.Create(
            level,
            LoggingSetup.DefaultFormat(Environment.GetEnvironmentVariable("QTICKETS_LOG_FORMAT")),
            redactor);

    public static ILoggerFactory Logging(LoaderSettings settings) => Logging(settings.Runtime.LogLevel, Redactor(settings));

    /// <summary>The loader's secrets and the webhook secret, all redacted.</summary>
    public static ILoggerFactory Logging(ListenerSettings settings) => Logging(settings.Loader.Runtime.LogLevel, Redactor(settings));

    /// <summary>The redactor of every secret a listener's configuration holds: the loader's and the webhook secret.</summary>
    public static SecretRedactor Redactor(ListenerSettings settings) => new([
        settings.Loader.Qtickets.Token?.Value,
        settings.Loader.Qtickets.PartnersToken?.Value,
        settings.Loader.ClickHouse.Password.Value,
        settings.Loader.ClickHouse.AdminPassword?.Value,
        settings.Loader.ClickHouse.ReaderPassword?.Value,
        settings.Webhook.Secret.Value,
    ]);

    /// <summary>Says what the env files' permissions call for (see <see cref="SettingsLayers.Warnings"/>), one line each.</summary>
    public static void Warn(IAnsiConsole console, SettingsLayers layers)
    {
        foreach (var warning in layers.Warnings)
        {
            console.MarkupLineInterpolated($"[yellow]warning:[/] {warning}");
        }
    }
}
