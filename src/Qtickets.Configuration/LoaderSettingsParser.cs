using System.Text.RegularExpressions;

namespace Qtickets.Configuration;

/// <summary>
/// Turns raw settings into <see cref="LoaderSettings"/>, validating everything before any I/O and
/// reporting every problem at once.
/// </summary>
public static partial class LoaderSettingsParser
{
    public const string DefaultJobName = "qtickets_api";
    public const string DefaultTimeZone = "Europe/Moscow";

    /// <summary>State (the run lock) under the working directory, next to the local ClickHouse's <c>.local/clickhouse</c>.</summary>
    public const string DefaultStateDir = ".local/state";

    private static readonly string[] LogLevels =
        ["trace", "verbose", "debug", "info", "information", "warn", "warning", "error", "critical", "fatal"];

    public static LoaderSettings Parse(SettingsLayers layers, RunOverrides? overrides = null)
    {
        var reader = new SettingsReader(layers);
        var settings = Read(reader, overrides ?? new RunOverrides());
        reader.ThrowIfInvalid();
        return settings;
    }

    /// <summary>Reads and checks the loader's settings into <paramref name="reader"/>'s errors, without throwing, so a caller can add its own.</summary>
    internal static LoaderSettings Read(SettingsReader reader, RunOverrides overrides)
    {
        var runtime = ParseRuntime(reader, overrides);
        var qtickets = ParseQtickets(reader) with
        {
            RetryBaseDelayMs = reader.Int(Settings.RetryBaseDelayMs, 1000, 0, 60_000),
        };
        var clickHouse = ClickHouseSettingsParser.Parse(reader);
        var settings = new LoaderSettings(qtickets, clickHouse, runtime);
        if (settings.StubReason is null)
        {
            ClickHouseSettingsParser.RequireConnection(reader, "for a run that writes to ClickHouse");
        }

        return settings;
    }

    private static RuntimeSettings ParseRuntime(SettingsReader reader, RunOverrides overrides)
    {
        var jobName = reader.StringOrDefault(Settings.JobName, DefaultJobName);
        if (!JobNamePattern().IsMatch(jobName))
        {
            reader.AddError($"{Settings.JobName} must be 1-64 letters, digits, '_', '-' or '.', got '{jobName}'");
        }

        var logLevel = reader.StringOrDefault(Settings.LogLevel, "INFO");
        if (!LogLevels.Contains(logLevel.ToLowerInvariant()))
        {
            reader.AddError($"{Settings.LogLevel} must be one of {string.Join(", ", LogLevels)}, got '{logLevel}'");
        }

        var fixtures = overrides.OfflineFixturesDir;
        if (fixtures is not null && !Directory.Exists(fixtures))
        {
            reader.AddError($"--offline-fixtures-dir {fixtures} is not a directory");
        }

        return new RuntimeSettings(
            jobName,
            reader.Bool(Settings.DryRun, false),
            logLevel,
            reader.TimeZone(Settings.Tz, DefaultTimeZone),
            reader.TimeZone(Settings.ReportTz, DefaultTimeZone),
            overrides.FullScan,
            fixtures,
            reader.StringOrDefault(Settings.StateDir, DefaultStateDir));
    }

    private static QticketsSettings ParseQtickets(SettingsReader reader) => new(
        reader.Secret(Settings.Token),
        reader.HttpUri(Settings.BaseUrl),
        reader.String(Settings.OrgName),
        reader.Int(Settings.SinceHours, 24, 1, 24 * 366),
        reader.Int(Settings.InitialBackfillHours, 24 * 30, 1, 24 * 366 * 20),
        reader.Identifier(Settings.BackfillGuardTable, "meta_job_runs"),
        reader.Int(Settings.FullScanHours, 24, 0, 24 * 366),
        reader.Int(Settings.MaxConcurrency, 4, 1, 16),
        reader.Int(Settings.MaxReservationMinutes, 60, 0, 24 * 60 * 7),
        reader.Int(Settings.RequestTimeoutSeconds, 30, 1, 600),
        reader.Int(Settings.MaxRetries, 4, 0, 10),
        reader.Bool(Settings.StorePersonalData, false),
        reader.HttpUri(Settings.PartnersBaseUrl),
        reader.Secret(Settings.PartnersToken),
        reader.JsonObjectList(Settings.PartnersFindRequests),
        ParseSkips(reader));

    private static ResourceSkips ParseSkips(SettingsReader reader) => new(
        reader.Bool(Settings.SkipClients, false),
        reader.Bool(Settings.SkipPriceShades, false),
        reader.Bool(Settings.SkipDiscounts, false),
        reader.Bool(Settings.SkipPromoCodes, false),
        reader.Bool(Settings.SkipBarcodes, false),
        reader.Bool(Settings.SkipPartnerTickets, false),
        reader.Bool(Settings.SkipInventory, false));

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,64}$")]
    private static partial Regex JobNamePattern();
}
