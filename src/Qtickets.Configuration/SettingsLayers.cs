using System.Collections;

namespace Qtickets.Configuration;

/// <summary>
/// The raw settings of one invocation, merged by the precedence of spec section 3:
/// command-line flag, then <c>--ch-env</c>, then <c>--env-file</c>, then the process environment.
/// Empty values count as absent, as in the earlier loader.
/// </summary>
public sealed class SettingsLayers
{
    private readonly IReadOnlyList<IReadOnlyDictionary<string, SettingValue>> _layers;

    private SettingsLayers(IReadOnlyList<IReadOnlyDictionary<string, SettingValue>> layers)
    {
        _layers = layers;
    }

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
        layers.Add(FileLayer(clickHouseEnvFile, SettingOrigin.ClickHouseEnvFile, fileErrors));
        layers.Add(FileLayer(envFile, SettingOrigin.EnvFile, fileErrors));
        if (fileErrors.Count > 0)
        {
            throw new ConfigurationException(fileErrors);
        }

        layers.Add(Layer(environment ?? ProcessEnvironment(), SettingOrigin.ProcessEnvironment, null));
        return new SettingsLayers(layers);
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

    private static Dictionary<string, SettingValue> FileLayer(string? path, SettingOrigin origin, List<string> errors)
    {
        if (path is null)
        {
            return [];
        }

        try
        {
            return Layer(DotEnvFile.Read(path), origin, path);
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
