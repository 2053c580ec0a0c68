using Qtickets.ClickHouse;
using Qtickets.Configuration;

namespace Qtickets.Pipeline.Loading;

/// <summary>
/// Connection options for the three accounts (admin, the loader's writer, the BI reader: docs/data-contract.md,
/// "Accounts"), from validated settings.
/// </summary>
public static class ClickHouseConnections
{
    /// <summary>The loader's account (<c>CLICKHOUSE_USER</c>): INSERT and SELECT only.</summary>
    public static ClickHouseConnectionOptions Writer(ClickHouseSettings settings) =>
        Options(settings, settings.User, settings.Password);

    /// <summary>The schema account (<c>CLICKHOUSE_ADMIN_USER</c>, falling back to the writer).</summary>
    public static ClickHouseConnectionOptions Admin(ClickHouseSettings settings) =>
        Options(settings, settings.EffectiveAdminUser, settings.EffectiveAdminPassword);

    private static ClickHouseConnectionOptions Options(ClickHouseSettings settings, string user, Secret password) => new ClickHouseConnectionOptions
    {
        Host = settings.Host,
        Port = settings.Port,
        Database = settings.Database,
        User = user,
        Password = password.Value,
        Secure = settings.Secure,
        VerifySsl = settings.VerifySsl,
    }.EnsureValid();
}
