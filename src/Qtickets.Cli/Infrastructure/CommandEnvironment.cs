using Microsoft.Extensions.Logging;
using Qtickets.Cli.Commands;
using Qtickets.Configuration;

namespace Qtickets.Cli.Infrastructure;

/// <summary>What every configured command needs first: its settings layers and a logger factory that hides secrets.</summary>
public static class CommandEnvironment
{
    public static SettingsLayers Layers(EnvFileSettings settings, IReadOnlyDictionary<string, string>? flags = null) =>
        SettingsLayers.Create(flags, settings.ChEnv, settings.EnvFile);

    public static ILoggerFactory Logging(string level, params Secret?[] secrets) =>
        LoggingSetup.Create(
            level,
            LoggingSetup.DefaultFormat(Environment.GetEnvironmentVariable("QTICKETS_LOG_FORMAT")),
            new SecretRedactor(secrets));

    public static ILoggerFactory Logging(LoaderSettings settings) => Logging(
        settings.Runtime.LogLevel,
        settings.Qtickets.Token,
        settings.Qtickets.PartnersToken,
        settings.ClickHouse.Password,
        settings.ClickHouse.AdminPassword,
        settings.ClickHouse.ReaderPassword);

    /// <summary>The loader's secrets and the webhook secret, all redacted.</summary>
    public static ILoggerFactory Logging(ListenerSettings settings) => Logging(
        settings.Loader.Runtime.LogLevel,
        settings.Loader.Qtickets.Token,
        settings.Loader.Qtickets.PartnersToken,
        settings.Loader.ClickHouse.Password,
        settings.Loader.ClickHouse.AdminPassword,
        settings.Loader.ClickHouse.ReaderPassword,
        settings.Webhook.Secret);
}
