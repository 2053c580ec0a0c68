using System.Security;
using System.Text.RegularExpressions;

namespace Qtickets.ClickHouse.Local;

/// <summary>The embedded configuration templates (<c>Local/*.xml</c>) with their <c>{{NAME}}</c> values filled in, XML-escaped.</summary>
internal static partial class LocalTemplates
{
    public static string Render(string template, IReadOnlyDictionary<string, string> values)
    {
        var resource = $"qtickets/local/{template}";
        using var stream = typeof(LocalTemplates).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded template {resource} is missing");
        using var reader = new StreamReader(stream);
        return Token().Replace(reader.ReadToEnd(), match =>
            values.TryGetValue(match.Groups["name"].Value, out var value) ? SecurityElement.Escape(value) : match.Value);
    }

    [GeneratedRegex(@"\{\{(?<name>[A-Z0-9_]+)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
