using System.ComponentModel;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>The dotenv options every command that reads configuration shares (their precedence: docs/configuration.md, "Where values come from").</summary>
public class EnvFileSettings : CommandSettings
{
    [CommandOption("--env-file <FILE>")]
    [Description("dotenv file with the loader's settings (below --ch-env and flags, above the environment)")]
    public string? EnvFile { get; init; }

    [CommandOption("--ch-env <FILE>")]
    [Description("dotenv file with ClickHouse settings, e.g. .local/clickhouse.env (above --env-file)")]
    public string? ChEnv { get; init; }
}
