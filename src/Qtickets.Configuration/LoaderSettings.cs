namespace Qtickets.Configuration;

/// <summary>
/// The whole validated configuration of a loader run. Built once at start-up by
/// <see cref="LoaderSettingsParser"/>; immutable afterwards.
/// </summary>
public sealed record LoaderSettings(QticketsSettings Qtickets, ClickHouseSettings ClickHouse, RuntimeSettings Runtime)
{
    /// <summary>
    /// Why the loader must not touch the network, or null for a real run. Stub mode sends no request
    /// to QTickets and writes nothing to ClickHouse.
    /// </summary>
    public string? StubReason => Runtime.DryRun
        ? "DRY_RUN=true"
        : Missing() is { Count: > 0 } missing ? $"{string.Join(", ", missing)} missing" : null;

    private List<string> Missing()
    {
        var missing = new List<string>();
        if (Runtime.OfflineFixturesDir is not null)
        {
            return missing;
        }

        if (Qtickets.Token is null)
        {
            missing.Add(Settings.Token.Canonical);
        }

        if (Qtickets.OrgName is null)
        {
            missing.Add(Settings.OrgName.Canonical);
        }

        if (Qtickets.BaseUrl is null)
        {
            missing.Add(Settings.BaseUrl.Canonical);
        }

        return missing;
    }
}
