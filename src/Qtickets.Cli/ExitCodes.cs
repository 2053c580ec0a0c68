namespace Qtickets.Cli;

/// <summary>Process exit codes (docs/configuration.md, "Exit codes"); scripts and the smoke command rely on them.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int RunFailed = 1;
    public const int BadConfiguration = 2;
    public const int CheckViolated = 3;
    public const int Cancelled = 130;
}
