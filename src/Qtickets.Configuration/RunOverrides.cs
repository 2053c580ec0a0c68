namespace Qtickets.Configuration;

/// <summary>Command-line flags of <c>run</c> that override files and the environment.</summary>
public sealed record RunOverrides(
    int? SinceHours = null,
    bool DryRun = false,
    bool Verbose = false,
    bool FullScan = false,
    int? MaxConcurrency = null,
    string? OfflineFixturesDir = null)
{
    public IReadOnlyDictionary<string, string> AsSettings()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (SinceHours is { } hours)
        {
            values[Settings.SinceHours.Canonical] = hours.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (MaxConcurrency is { } concurrency)
        {
            values[Settings.MaxConcurrency.Canonical] = concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (DryRun)
        {
            values[Settings.DryRun.Canonical] = "true";
        }

        if (Verbose)
        {
            values[Settings.LogLevel.Canonical] = "DEBUG";
        }

        return values;
    }
}
