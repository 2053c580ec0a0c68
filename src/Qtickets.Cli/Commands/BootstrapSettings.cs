namespace Qtickets.Cli.Commands;

/// <summary>
/// Flags of <c>qtickets bootstrap</c>: the shared <c>--ch-env</c> and <c>--env-file</c>. The admin account
/// (CLICKHOUSE_ADMIN_USER / CLICKHOUSE_ADMIN_PASSWORD, falling back to CLICKHOUSE_USER / CLICKHOUSE_PASSWORD) runs the DDL.
/// </summary>
public sealed class BootstrapSettings : EnvFileSettings
{
}
