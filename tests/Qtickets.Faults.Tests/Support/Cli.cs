using System.Reflection;
using Qtickets.Cli.Infrastructure;
using Qtickets.Configuration;
using Qtickets.Processes;

namespace Qtickets.Faults.Tests.Support;

/// <summary>
/// Runs the built <c>qtickets</c> program (copied next to the tests by the project reference) as a child process,
/// as a scheduler would. The child sees none of the loader's settings from this process's environment: only the
/// environment passed to <see cref="RunAsync"/> and the files named in the arguments configure it.
/// </summary>
internal static class Cli
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    private static readonly string[] SettingNames = [.. typeof(Settings)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => f.GetValue(null))
        .OfType<SettingName>()
        .SelectMany(n => n.AllNames)];

    public static async Task<CliResult> RunAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var child = Start(arguments, environment);
        await using (child)
        {
            return await child.WaitForCliAsync();
        }
    }

    /// <summary>Starts the program and returns at once; the caller waits for it (<see cref="WaitForCliAsync"/>) or kills it.</summary>
    public static RunningChild Start(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var variables = new Dictionary<string, string> { [QticketsProcess.LogFormatVariable] = "json" };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            variables[key] = value;
        }

        var command = QticketsProcess.Command(arguments) with
        {
            Environment = variables,
            Unset = SettingNames,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        return ChildProcess.Start(command, TimeProvider.System);
    }

    /// <summary>Its result, once it exits; killed (with a <see cref="TimeoutException"/>) when it runs longer than 90 s.</summary>
    public static async Task<CliResult> WaitForCliAsync(this RunningChild child)
    {
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            var result = await child.WaitAsync(timeout.Token);
            return new CliResult(result.ExitCode, result.Output, result.Log);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"qtickets {string.Join(' ', child.Command.Arguments.Skip(1))} did not exit within {Limit.TotalSeconds} s");
        }
    }
}
