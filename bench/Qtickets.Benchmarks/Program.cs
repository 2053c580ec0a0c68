using Qtickets.Benchmarks.EndToEnd;
using Qtickets.Benchmarks.HotPaths;
using Qtickets.Benchmarks.Webhooks;

namespace Qtickets.Benchmarks;

/// <summary>The benchmark program; <c>./bench.sh</c> builds and starts it. See <see cref="BenchOptions"/> for the flags.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        var options = BenchOptions.Parse(args, out var error);
        if (options is null)
        {
            await Console.Error.WriteLineAsync($"bench: {error}\n{BenchOptions.Usage}").ConfigureAwait(false);
            return 2;
        }

        if (options.Micro)
        {
            return MicroCommand.Run(options.MicroArguments);
        }

        if (options.Webhooks)
        {
            return await WebhookBenchCommand.RunAsync(options, Console.Out, TimeProvider.System, cancel.Token).ConfigureAwait(false);
        }

        if (options.HotPaths)
        {
            return await HotPathCommand.RunAsync(options.HotPathOrders, Console.Out, cancel.Token).ConfigureAwait(false);
        }

        return options.Fetch
            ? await FetchCommand.RunAsync(options.Orders, options.LatencyMs, Console.Out, cancel.Token).ConfigureAwait(false)
            : await EndToEndCommand.RunAsync(options, Console.Out, TimeProvider.System, cancel.Token).ConfigureAwait(false);
    }
}
