namespace Qtickets.Configuration;

/// <summary>One raw setting as found, with the name it was found under and its origin.</summary>
public sealed record SettingValue(string Name, string Value, SettingOrigin Origin, string? File = null)
{
    public string Describe() => Origin switch
    {
        SettingOrigin.CommandLine => "command line",
        SettingOrigin.ClickHouseEnvFile or SettingOrigin.EnvFile => $"file {File}",
        _ => "environment",
    };
}
