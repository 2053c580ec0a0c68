using System.Collections;

namespace Qtickets.Configuration;

/// <summary>
/// The raw settings of one invocation, merged by this precedence (docs/configuration.md, "Where values come from"):
/// command-line flag, then <c>--ch-env</c>, then <c>--env-file</c>, then the process environment.
/// Empty values count as absent, as in the earlier loader. Reading the files also checks their permissions
/// (<see cref="Warnings"/>).
/// </summary>
public sealed class SettingsLayers
{
    private readonly IReadOnlyList<IReadOnlyDictionary<string, SettingValue>> _layers;

    private SettingsLayers(IReadOnlyList<IReadOnlyDictionary<string, SettingValue>> layers, IReadOnlyList<string> warnings)
    {
        _layers = layers;
        Warnings = warnings;
    }

    /// <summary>What the operator should hear about the env files read, e.g. one that others can read; each names its file.</summary>
    public IReadOnlyList<string> Warnings { get; }

    public static SettingsLayers Create(
        IReadOnlyDictionary<string, string>? commandLine = null,
        string? clickHouseEnvFile = null,
        string? envFile = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var layers = new List<IReadOnlyDictionary<string, SettingValue>>
        {
            Layer(commandLine, SettingOrigin.CommandLine, null),
        };
        var fileErrors = new List<string>();
        var warnings = new List<string>();
        layers.Add(FileLayer(clickHouseEnvFile, SettingOrigin.ClickHouseEnvFile, fileErrors, warnings));
        layers.Add(FileLayer(envFile, SettingOrigin.EnvFile, fileErrors, warnings));
        if (fileErrors.Count > 0)
        {
            throw new ConfigurationException(fileErrors);
        }

        layers.Add(Layer(environment ?? ProcessEnvironment(), SettingOrigin.ProcessEnvironment, null));
        return new SettingsLayers(layers, warnings);
    }

    /// <summary>The first non-empty value among <paramref name="names"/> (a setting and its aliases), by precedence.</summary>
    public SettingValue? Find(IReadOnlyList<string> names)
    {
        foreach (var layer in _layers)
        {
            foreach (var name in names)
            {
                if (layer.TryGetValue(name, out var value))
                {
                    return value;
                }
            }
        }

        return null;
    }

    public static IReadOnlyDictionary<string, string> ProcessEnvironment()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            result[(string)entry.Key] = entry.Value as string ?? string.Empty;
        }

        return result;
    }

    private static Dictionary<string, SettingValue> FileLayer(string? path, SettingOrigin origin, List<string> errors, List<string> warnings)
    {
        if (path is null)
        {
            return [];
        }

        try
        {
            var values = DotEnvFile.Read(path);
            if (EnvFilePermissions.Check(path, values) is { } warning)
            {
                warnings.Add(warning);
            }

            return Layer(values, origin, path);
        }
        catch (ConfigurationException ex)
        {
            errors.AddRange(ex.Errors);
            return [];
        }
    }

    private static Dictionary<string, SettingValue> Layer(
        IReadOnlyDictionary<string, string>? values, SettingOrigin origin, string? file)
    {
        var layer = new Dictionary<string, SettingValue>(StringComparer.Ordinal);
        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            var trimmed = value.Trim();
            if (trimmed.Length > 0)
            {
                layer[name] = new SettingValue(name, trimmed, origin, file);
            }
        }

        return layer;
    }
}
