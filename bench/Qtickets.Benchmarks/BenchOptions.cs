using System.Globalization;

namespace Qtickets.Benchmarks;

/// <summary>The flags of <c>./bench.sh</c>, parsed once; every bad flag is named.</summary>
internal sealed record BenchOptions
{
    public const string Usage = """
        usage: ./bench.sh [--orders N] [--latency-ms L] [--quick] [--scenarios a,b,c,d,e] [--rss-orders N] [--offline-orders N] [--loader-env NAME=VALUE]
                          [--hot-paths [--hot-path-orders N]] [--fetch] [--micro [BenchmarkDotNet filters...]]
                          [--webhooks [--webhook-rate N] [--webhook-seconds S] [--orders N]]
        """;

    /// <summary>Orders of the 100,000-order scenarios (a, c, d) and of the tenant of <see cref="Webhooks"/>.</summary>
    public int Orders { get; init; } = 100_000;

    /// <summary>Orders of the peak-memory scenario (b).</summary>
    public int RssOrders { get; init; } = 1_000_000;

    /// <summary>Orders of the offline scenario (e): the size the earlier loader's transform was timed on.</summary>
    public int OfflineOrders { get; init; } = 120_000;

    public int LatencyMs { get; init; } = 50;

    public bool Quick { get; init; }

    public IReadOnlySet<char> Scenarios { get; init; } = new HashSet<char> { 'a', 'b', 'c', 'd', 'e' };

    public bool HotPaths { get; init; }

    /// <summary>The order fetch alone (client and simulator, no transform, no ClickHouse) at 1 and 4 pages in flight.</summary>
    public bool Fetch { get; init; }

    public int HotPathOrders { get; init; } = 20_000;

    public bool Micro { get; init; }

    /// <summary>The webhook latency benchmark: API call to the daily facts, at <see cref="WebhookRate"/> webhooks (refunds) a second.</summary>
    public bool Webhooks { get; init; }

    public int WebhookRate { get; init; } = 20;

    public int WebhookSeconds { get; init; } = 30;

    public IReadOnlyList<string> MicroArguments { get; init; } = [];

    /// <summary>Variables set for the loader's process only (and the listener's, with <see cref="Webhooks"/>), to try runtime settings (<c>--loader-env DOTNET_TieredPGO=0</c>).</summary>
    public IReadOnlyDictionary<string, string> LoaderEnvironment { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The arguments as given, for the header of the results file.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>The published command-line program the loader runs from (a child process per run).</summary>
    public string? CliDll { get; init; }

    public static BenchOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = new BenchOptions { Arguments = [.. args] };
        var explicitOrders = false;
        var explicitRss = false;
        var explicitOffline = false;
        var explicitWebhookSeconds = false;
        error = null;
        for (var i = 0; i < args.Count && error is null; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{args[i]} needs a value");
            try
            {
                switch (args[i])
                {
                    case "--orders": options = options with { Orders = Positive(Next(), "--orders") }; explicitOrders = true; break;
                    case "--rss-orders": options = options with { RssOrders = Positive(Next(), "--rss-orders") }; explicitRss = true; break;
                    case "--offline-orders": options = options with { OfflineOrders = Positive(Next(), "--offline-orders") }; explicitOffline = true; break;
                    case "--latency-ms": options = options with { LatencyMs = NonNegative(Next(), "--latency-ms") }; break;
                    case "--quick": options = options with { Quick = true }; break;
                    case "--scenarios": options = options with { Scenarios = ScenarioSet(Next()) }; break;
                    case "--hot-paths": options = options with { HotPaths = true }; break;
                    case "--fetch": options = options with { Fetch = true }; break;
                    case "--hot-path-orders": options = options with { HotPathOrders = Positive(Next(), "--hot-path-orders") }; break;
                    case "--cli": options = options with { CliDll = Next() }; break;
                    case "--loader-env": options = options with { LoaderEnvironment = WithVariable(options.LoaderEnvironment, Next()) }; break;
                    case "--webhooks": options = options with { Webhooks = true }; break;
                    case "--webhook-rate": options = options with { WebhookRate = Positive(Next(), "--webhook-rate") }; break;
                    case "--webhook-seconds": options = options with { WebhookSeconds = Positive(Next(), "--webhook-seconds") }; explicitWebhookSeconds = true; break;
                    case "--micro": options = options with { Micro = true, MicroArguments = [.. args.Skip(i + 1)] }; i = args.Count; break;
                    default: throw new FormatException($"unknown flag {args[i]}");
                }
            }
            catch (FormatException ex)
            {
                error = ex.Message;
            }
        }

        if (error is null && options.Quick)
        {
            options = options with
            {
                Orders = explicitOrders ? options.Orders : 5_000,
                RssOrders = explicitRss ? options.RssOrders : 50_000,
                OfflineOrders = explicitOffline ? options.OfflineOrders : 10_000,
                HotPathOrders = 5_000,
                WebhookSeconds = explicitWebhookSeconds ? options.WebhookSeconds : 10,
            };
        }

        return error is null ? options : null;
    }

    private static int Positive(string text, string flag) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new FormatException($"{flag} must be a positive whole number, got '{text}'");

    private static int NonNegative(string text, string flag) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"{flag} must be a whole number of 0 or more, got '{text}'");

    private static Dictionary<string, string> WithVariable(IReadOnlyDictionary<string, string> variables, string assignment)
    {
        var equals = assignment.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new FormatException($"--loader-env takes NAME=VALUE, got '{assignment}'");
        }

        return new Dictionary<string, string>(variables, StringComparer.Ordinal) { [assignment[..equals]] = assignment[(equals + 1)..] };
    }

    private static HashSet<char> ScenarioSet(string text)
    {
        var set = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(item => item.Length == 1 && item[0] is >= 'a' and <= 'e' ? item[0] : throw new FormatException($"--scenarios takes letters a to e separated by commas, got '{text}'"))
            .ToHashSet();
        return set.Count > 0 ? set : throw new FormatException("--scenarios names no scenario");
    }
}
