using Qtickets.Cli.Infrastructure;
using Qtickets.Processes;

namespace Qtickets.Cli.Routine.Steps;

/// <summary>Whether a .NET SDK is here to build and test with (the runtime image has only the runtime).</summary>
internal static class DotnetSdk
{
    public static async Task<bool> IsAvailableAsync(VerifyContext context, CancellationToken cancellationToken)
    {
        try
        {
            var sdks = await ChildProcess.RunAsync(new ChildCommand(QticketsProcess.DotnetHost(), ["--list-sdks"]), context.Time, cancellationToken)
                .ConfigureAwait(false);
            return sdks.ExitCode == 0 && sdks.Output.Any(line => !string.IsNullOrWhiteSpace(line));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
