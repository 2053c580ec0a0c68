using System.Reflection;

namespace Qtickets.Cli;

/// <summary>
/// This program's version as the build stamped it (<c>1.0.0+&lt;commit&gt;</c> when built from a git checkout, the
/// version alone otherwise), and the commit when it is known.
/// </summary>
public sealed record ProgramVersion(string Text)
{
    public static ProgramVersion Current { get; } = new(
        typeof(ProgramVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ProgramVersion).Assembly.GetName().Version?.ToString()
        ?? "unknown");

    public string Version => Text.Split('+')[0];

    public string? Commit => Text.Split('+') is [_, var commit, ..] && commit.Length > 0 ? commit : null;

    /// <summary><c>qtickets 1.0.0 (commit 3fbf950), .NET 10.0.12</c>.</summary>
    public string Describe() =>
        $"qtickets {Version}{(Commit is { } commit ? $" (commit {commit[..Math.Min(12, commit.Length)]})" : " (commit unknown)")}, .NET {Environment.Version}";
}
