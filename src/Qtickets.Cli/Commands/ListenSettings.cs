using System.ComponentModel;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>Flags of <c>qtickets listen</c>; everything else comes from the same env files as <c>run</c> (<c>QTICKETS_WEBHOOK_*</c>).</summary>
public sealed class ListenSettings : EnvFileSettings
{
    [CommandOption("--port <PORT>")]
    [Description("port to listen on (QTICKETS_WEBHOOK_PORT, default 8088; 0 picks a free one)")]
    public int? Port { get; init; }
}
