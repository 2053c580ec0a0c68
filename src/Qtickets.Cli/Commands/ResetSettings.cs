using System.ComponentModel;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>Options of <c>qtickets reset</c>.</summary>
public sealed class ResetSettings : EnvFileSettings
{
    [CommandOption("--yes")]
    [Description("really drop the stack's database (all loaded data is lost)")]
    public bool Yes { get; init; }

    [CommandOption("--force")]
    [Description("allow a server that is not on loopback (with --yes)")]
    public bool Force { get; init; }
}
