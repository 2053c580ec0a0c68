using System.ComponentModel;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>Options of <c>qtickets verify</c>.</summary>
public sealed class VerifySettings : EnvFileSettings
{
    [CommandOption("--report <PATH>")]
    [Description("where to write the Markdown report (default reports/verify-<time>.md)")]
    public string? Report { get; init; }

    [CommandOption("--live")]
    [Description("also run step 7: a real load with --env-file (real token, DRY_RUN=false)")]
    public bool Live { get; init; }

    [CommandOption("--force")]
    [Description("allow resetting a server that is not on loopback")]
    public bool Force { get; init; }
}
