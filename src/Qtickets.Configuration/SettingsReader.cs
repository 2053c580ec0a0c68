using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Qtickets.Configuration;

/// <summary>
/// Typed access to <see cref="SettingsLayers"/> that collects every problem instead of stopping
/// at the first, so one message can name all bad settings (Polly's options validation).
/// </summary>
public sealed partial class SettingsReader(SettingsLayers layers)
{
    private readonly List<string> _errors = [];

    public IReadOnlyList<string> Errors => _errors;

    public string? String(SettingName name) => layers.Find(name.AllNames)?.Value;

    public string StringOrDefault(SettingName name, string fallback) => String(name) ?? fallback;

    public Secret? Secret(SettingName name) => String(name) is { } value ? new Secret(value) : null;

    public int Int(SettingName name, int fallback, int min, int max)
    {
        var found = layers.Find(name.AllNames);
        if (found is null)
        {
            return fallback;
        }

        if (!int.TryParse(found.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return Fail(found, $"must be a whole number, got '{found.Value}'", fallback);
        }

        return value < min || value > max
            ? Fail(found, $"must be between {min} and {max}, got {value}", fallback)
            : value;
    }

    public bool Bool(SettingName name, bool fallback)
    {
        var found = layers.Find(name.AllNames);
        if (found is null)
        {
            return fallback;
        }

        return found.Value.ToLowerInvariant() switch
        {
            "true" or "1" or "yes" or "on" => true,
            "false" or "0" or "no" or "off" => false,
            _ => Fail(found, $"must be a boolean (true/false, 1/0, yes/no, on/off), got '{found.Value}'", fallback),
        };
    }

    public Uri? HttpUri(SettingName name)
    {
        var found = layers.Find(name.AllNames);
        if (found is null)
        {
            return null;
        }

        if (Uri.TryCreate(found.Value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri;
        }

        return Fail<Uri?>(found, $"must be an absolute http(s) URL, got '{found.Value}'", null);
    }

    public string Identifier(SettingName name, string fallback)
    {
        var found = layers.Find(name.AllNames);
        if (found is null)
        {
            return fallback;
        }

        return IdentifierPattern().IsMatch(found.Value)
            ? found.Value
            : Fail(found, $"must be a plain identifier (letters, digits, underscore; not starting with a digit), got '{found.Value}'", fallback);
    }

    public string TimeZone(SettingName name, string fallback)
    {
        var value = StringOrDefault(name, fallback);
        if (TimeZoneInfo.TryFindSystemTimeZoneById(value, out _))
        {
            return value;
        }

        return Fail(layers.Find(name.AllNames)!, $"is not a known time zone, got '{value}'", fallback);
    }

    public IReadOnlyList<JsonElement> JsonObjectList(SettingName name)
    {
        var found = layers.Find(name.AllNames);
        if (found is null)
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(found.Value);
            var root = document.RootElement;
            return root.ValueKind switch
            {
                JsonValueKind.Object => [root.Clone()],
                JsonValueKind.Array when root.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object)
                    => root.EnumerateArray().Select(e => e.Clone()).ToList(),
                _ => Fail<IReadOnlyList<JsonElement>>(found, "must be a JSON object or a JSON list of objects", []),
            };
        }
        catch (JsonException ex)
        {
            return Fail<IReadOnlyList<JsonElement>>(found, $"is not valid JSON ({ex.Message})", []);
        }
    }

    public void Require(SettingName name, string why)
    {
        // Two callers may require the same setting (the loader and the listener): one message is enough.
        if (String(name) is null && !_errors.Any(e => e.StartsWith($"{name} is required ", StringComparison.Ordinal)))
        {
            _errors.Add($"{name} is required {why}");
        }
    }

    public void AddError(string error) => _errors.Add(error);

    public void ThrowIfInvalid()
    {
        if (_errors.Count > 0)
        {
            throw new ConfigurationException(_errors.ToList());
        }
    }

    private T Fail<T>(SettingValue found, string problem, T fallback)
    {
        var alias = found.Name;
        _errors.Add($"{alias} ({found.Describe()}) {problem}");
        return fallback;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,63}$")]
    private static partial Regex IdentifierPattern();
}
