namespace Qtickets.Configuration;

/// <summary>Where a setting's value came from, in precedence order (highest first).</summary>
public enum SettingOrigin
{
    CommandLine,
    ClickHouseEnvFile,
    EnvFile,
    ProcessEnvironment,
}
