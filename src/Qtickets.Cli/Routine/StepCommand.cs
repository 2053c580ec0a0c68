namespace Qtickets.Cli.Routine;

/// <summary>A command a step ran: the command line as typed in a shell (secrets masked), its exit code and duration.</summary>
public sealed record StepCommand(string CommandLine, int ExitCode, TimeSpan Duration);
