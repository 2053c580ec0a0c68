namespace Qtickets.Cli.Commands;

/// <summary>
/// Options of <c>qtickets smoke</c>. Without <c>--env-file</c> the shipped sample (the earlier stack's dry-run
/// sample) is used; <c>--ch-env</c> says which ClickHouse to count <c>meta_job_runs</c> in.
/// </summary>
public sealed class SmokeSettings : EnvFileSettings
{
}
