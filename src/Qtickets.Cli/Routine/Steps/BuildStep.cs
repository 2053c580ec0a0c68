using Qtickets.Cli.Infrastructure;
using Qtickets.Processes;

namespace Qtickets.Cli.Routine.Steps;

/// <summary>
/// Step 4: publish the loader exactly as deploy/Dockerfile does (<c>./scripts/publish.sh</c>, from the checkout) into
/// the work folder and run the published program's <c>--version</c>. The load that follows runs this published copy.
/// </summary>
public sealed class BuildStep : IVerifyStep
{
    private const string DockerfileCommand = "RUN ./scripts/publish.sh ";

    public string Name => "build";

    public string Title => "Build: publish the loader as the Dockerfile does, run its --version";

    public async Task<VerifyStep> RunAsync(VerifyContext context, CancellationToken cancellationToken)
    {
        if (context.Options.Checkout is not { } checkout)
        {
            return VerifyStep.Because(StepOutcome.CannotRun,
                "cannot run here: no source checkout (the image holds only the published program); run verify in a checkout, or --skip build");
        }

        if (!await DotnetSdk.IsAvailableAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return VerifyStep.Because(StepOutcome.CannotRun, "cannot run here: no .NET SDK (dotnet --list-sdks is empty); install it, or --skip build");
        }

        var output = Path.Combine(context.WorkDirectory, "app");
        var publish = await context.RunAsync(
            new ChildCommand(checkout.PublishScript, [output]) { WorkingDirectory = checkout.Root }, cancellationToken).ConfigureAwait(false);
        var program = Path.Combine(output, "qtickets.dll");
        var version = await context.RunAsync(QticketsProcess.Published(program, ["--version"], LogFormat.Text), cancellationToken)
            .ConfigureAwait(false);
        var printed = string.Join(' ', version.Result.Output).Trim();
        VerifyCheck[] checks =
        [
            VerifyCheck.Equal("deploy/Dockerfile publishes with", $"{DockerfileCommand}/app", DockerfileLine(checkout)),
            StackCommands.ExitCode(publish, "scripts/publish.sh"),
            StackCommands.ExitCode(version, "qtickets --version"),
            // The sources' commit may be newer than this program's (./qtickets rebuilds itself only when src/ changed).
            new("version the published program prints", $"{ProgramVersion.Current.Version}+<commit of the sources>", printed,
                printed == ProgramVersion.Current.Version || printed.StartsWith(ProgramVersion.Current.Version + "+", StringComparison.Ordinal)),
        ];
        if (checks.All(c => c.Passed))
        {
            context.PublishedProgram = program;
        }

        return VerifyContext.Measured($"published to {output}; it says {printed}", checks, publish, version);
    }

    private static string DockerfileLine(SourceCheckout checkout) =>
        File.Exists(checkout.Dockerfile)
            ? File.ReadLines(checkout.Dockerfile).FirstOrDefault(l => l.StartsWith(DockerfileCommand, StringComparison.Ordinal))?.Trim() ?? "(no such RUN line)"
            : "(no deploy/Dockerfile)";
}
