using System.Globalization;
using Qtickets.Cli.Infrastructure;
using Qtickets.Processes;

namespace Qtickets.Cli.Routine.Steps;

/// <summary>
/// Step 7: the operator-routine tests of the API client (<c>Category=OperatorRoutine</c>: the GET path, the documented
/// body, the GET to POST switch, no retry on 4xx, retry on 5xx, stub mode), built from the current sources by
/// <c>dotnet test</c> (never <c>--no-build</c>: a test changed to fail must fail here) and listed one by one from the
/// TRX results file.
/// </summary>
public sealed class RoutineTestsStep : IVerifyStep
{
    public const string Filter = "Category=OperatorRoutine";
    private const string ResultsFile = "routine-tests.trx";

    public string Name => "tests";

    public string Title => "Tests: the operator-routine tests, built from the current sources";

    public async Task<VerifyStep> RunAsync(VerifyContext context, CancellationToken cancellationToken)
    {
        var project = context.Options.TestsProject ?? context.Options.Checkout?.RoutineTestsProject;
        if (project is null || !File.Exists(project))
        {
            return VerifyStep.Because(StepOutcome.CannotRun,
                $"cannot run here: {project ?? "no source checkout, so no test project"} (the image holds no tests); run verify in a checkout, or --skip tests");
        }

        if (!await DotnetSdk.IsAvailableAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return VerifyStep.Because(StepOutcome.CannotRun, "cannot run here: no .NET SDK to build the tests with; install it, or --skip tests");
        }

        var results = Path.Combine(context.WorkDirectory, "tests");
        var run = await context.RunAsync(new ChildCommand(QticketsProcess.DotnetHost(),
        [
            "test", project, "-c", "Release", "--filter", Filter, "--nologo",
            "--results-directory", results, "--logger", $"trx;LogFileName={ResultsFile}",
        ]), cancellationToken).ConfigureAwait(false);
        var trx = Path.Combine(results, ResultsFile);
        context.Tests = File.Exists(trx) ? TrxFile.Read(trx) : [];
        var failed = context.Tests.Count(t => !t.Passed);
        var checks = new List<VerifyCheck>
        {
            StackCommands.ExitCode(run, "dotnet test"),
            new("operator-routine tests run", "at least 1", context.Tests.Count.ToString(CultureInfo.InvariantCulture), context.Tests.Count > 0),
        };
        checks.AddRange(context.Tests.Select(t => VerifyCheck.Equal($"test {t.Name}", "Passed", t.Outcome)));
        return VerifyContext.Measured(
            string.Create(CultureInfo.InvariantCulture, $"{context.Tests.Count - failed} passed, {failed} failed ({Filter}, built from {project})"),
            checks, run) with
        {
            Log = [.. context.Tests.Where(t => !t.Passed).Select(t => context.Redact($"FAILED {t.Name}: {t.Message}")), .. run.Excerpt],
        };
    }
}
