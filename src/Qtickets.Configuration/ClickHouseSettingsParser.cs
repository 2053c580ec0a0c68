namespace Qtickets.Configuration;

/// <summary>The ClickHouse part of the configuration, shared by the loader and the schema commands.</summary>
public static class ClickHouseSettingsParser
{
    public const string DefaultDatabase = "zakaz";

    /// <summary>Parses and validates the ClickHouse settings alone (bootstrap, reset, status).</summary>
    public static ClickHouseSettings Parse(SettingsLayers layers, string requiredFor)
    {
        var reader = new SettingsReader(layers);
        var settings = Parse(reader);
        RequireConnection(reader, requiredFor);
        reader.ThrowIfInvalid();
        return settings;
    }

    internal static ClickHouseSettings Parse(SettingsReader reader) => new(
        reader.StringOrDefault(Settings.ClickHouseHost, "localhost"),
        reader.Int(Settings.ClickHousePort, 8123, 1, 65535),
        reader.Identifier(Settings.ClickHouseDatabase, DefaultDatabase),
        reader.StringOrDefault(Settings.ClickHouseUser, "default"),
        reader.Secret(Settings.ClickHousePassword) ?? new Secret(string.Empty),
        reader.Bool(Settings.ClickHouseSecure, false),
        reader.Bool(Settings.ClickHouseVerifySsl, false),
        reader.String(Settings.ClickHouseAdminUser),
        reader.Secret(Settings.ClickHouseAdminPassword),
        reader.String(Settings.ClickHouseReaderUser),
        reader.Secret(Settings.ClickHouseReaderPassword));

    internal static void RequireConnection(SettingsReader reader, string why)
    {
        reader.Require(Settings.ClickHouseHost, why);
        reader.Require(Settings.ClickHousePort, why);
        reader.Require(Settings.ClickHouseDatabase, why);
        reader.Require(Settings.ClickHouseUser, why);
    }
}
