using System.ComponentModel;
using Qtickets.Cli.Routine;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>Options of <c>qtickets verify</c>.</summary>
public sealed class VerifySettings : EnvFileSettings
{
    [CommandOption("--report <PATH>")]
    [Description("where to write the Markdown report (default reports/verify-<Moscow time>.md)")]
    public string? Report { get; init; }

    [CommandOption("--live")]
    [Description("load from the real QTickets API of --env-file (real token, DRY_RUN=false) instead of a local simulator; that data stays")]
    public bool Live { get; init; }

    [CommandOption("--force")]
    [Description("allow resetting a server that is not on loopback")]
    public bool Force { get; init; }

    [CommandOption("--skip <STEP>")]
    [Description("skip a step by name, recorded in the report as skipped by the operator: smoke, build, load, tests, status (repeat or separate with commas)")]
    public string[] Skip { get; init; } = [];

    [CommandOption("--tests-project <CSPROJ>")]
    [Description("the test project whose Category=OperatorRoutine tests run (default tests/Qtickets.Api.Tests of the checkout)")]
    public string? TestsProject { get; init; }

    public IReadOnlySet<string> SkippedSteps =>
        Skip.SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToHashSet(StringComparer.Ordinal);

    public override ValidationResult Validate()
    {
        var unknown = SkippedSteps.Where(s => !VerifyOptions.SkippableSteps.Contains(s)).ToList();
        if (unknown.Count > 0)
        {
            return ValidationResult.Error(
                $"--skip: unknown step {string.Join(", ", unknown.Select(u => $"'{u}'"))}; steps that can be skipped: {string.Join(", ", VerifyOptions.SkippableSteps)}");
        }

        return Live && EnvFile is null
            ? ValidationResult.Error("--live needs --env-file with the real QTickets settings (token, base URL, ORG_NAME, DRY_RUN=false)")
            : ValidationResult.Success();
    }
}
