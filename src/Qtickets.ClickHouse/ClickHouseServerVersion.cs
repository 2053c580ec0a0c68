using System.Globalization;

namespace Qtickets.ClickHouse;

/// <summary>A server version as <c>SELECT version()</c> reports it, e.g. <c>18.16.1</c> or <c>24.8.4.13</c>.</summary>
public sealed record ClickHouseServerVersion(int Major, int Minor, int Patch, string Text) : IComparable<ClickHouseServerVersion>
{
    /// <summary>SQL users, roles and GRANT (role-based access control) arrived in 20.4.</summary>
    public bool SupportsSqlAccessControl => CompareTo(new ClickHouseServerVersion(20, 4, 0, "20.4")) >= 0;

    /// <summary>
    /// Settings constraints in profiles (<c>&lt;constraints&gt;&lt;allow_ddl&gt;&lt;readonly/&gt;</c>) arrived in 19.x;
    /// before them (18.16 here) a profile's <c>allow_ddl=0</c> can be lifted per request.
    /// </summary>
    public bool SupportsSettingsConstraints => Major >= 19;

    public static ClickHouseServerVersion Parse(string text)
    {
        var trimmed = text.Trim();
        var parts = trimmed.Split('.');
        return new ClickHouseServerVersion(Part(parts, 0, trimmed), Part(parts, 1, trimmed), Part(parts, 2, trimmed), trimmed);
    }

    public int CompareTo(ClickHouseServerVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var major = Major.CompareTo(other.Major);
        if (major != 0)
        {
            return major;
        }

        var minor = Minor.CompareTo(other.Minor);
        return minor != 0 ? minor : Patch.CompareTo(other.Patch);
    }

    public override string ToString() => Text;

    private static int Part(string[] parts, int index, string text)
    {
        if (index >= parts.Length)
        {
            return 0;
        }

        return int.TryParse(parts[index], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a ClickHouse version");
    }
}
