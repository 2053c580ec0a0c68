using System.ComponentModel;
using System.Globalization;
using Qtickets.Simulator;
using Qtickets.Simulator.Webhooks;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>Flags of <c>qtickets simulate</c>; validated through <see cref="SimulatorOptions.Validate"/>, every error at once.</summary>
public sealed class SimulateSettings : CommandSettings
{
    public const int DefaultPort = 18080;

    [CommandOption("--port <PORT>")]
    [Description("port on 127.0.0.1; 0 picks a free one (default 18080)")]
    [DefaultValue(DefaultPort)]
    public int Port { get; init; } = DefaultPort;

    [CommandOption("--seed <SEED>")]
    [Description("seed of the generated data; the same seed and anchor give the same answers (default 42)")]
    [DefaultValue(42)]
    public int Seed { get; init; } = 42;

    [CommandOption("--orders <N>")]
    [Description("orders in the last 365 days of history (default 2000)")]
    [DefaultValue(2000)]
    public int Orders { get; init; } = 2000;

    [CommandOption("--events <N>")]
    [Description("events, each with 1 to 3 shows (default 24)")]
    [DefaultValue(24)]
    public int Events { get; init; } = 24;

    [CommandOption("--token <TOKEN>")]
    [Description("bearer token of the REST API (default sim-token)")]
    [DefaultValue("sim-token")]
    public string Token { get; init; } = "sim-token";

    [CommandOption("--partners-token <TOKEN>")]
    [Description("bearer token of the Partners API (default sim-partners-token)")]
    [DefaultValue("sim-partners-token")]
    public string PartnersToken { get; init; } = "sim-partners-token";

    [CommandOption("--anchor <DATETIME>")]
    [Description("\"now\" of the generated history, ISO 8601 with offset (default: the current time)")]
    public string? Anchor { get; init; }

    [CommandOption("--ignore-where")]
    [Description("behave like the production tenant: where/orderBy/per_page ignored, 50 orders or 10 events a page, ascending ids")]
    public bool IgnoreWhere { get; init; }

    [CommandOption("--ignore-select")]
    [Description("a tenant that ignores select on seats: every seats answer is zones of seats without counts")]
    public bool IgnoreSelect { get; init; }

    [CommandOption("--latency-ms <MS>")]
    [Description("delay before every answer")]
    public int LatencyMs { get; init; }

    [CommandOption("--error-rate <SHARE>")]
    [Description("share (0..1) of list answers replaced by a 500/502/503/504")]
    public double ErrorRate { get; init; }

    [CommandOption("--rate-limit-every <K>")]
    [Description("every K-th request answers 429 with Retry-After: 1")]
    public int RateLimitEvery { get; init; }

    [CommandOption("--post-orders-status <STATUS>")]
    [Description("POST /orders answers this status (503: the real UNKNOWN_ERROR body)")]
    public int? PostOrdersStatus { get; init; }

    [CommandOption("--malformed-every <K>")]
    [Description("every K-th list answer is a truncated JSON body")]
    public int MalformedEvery { get; init; }

    [CommandOption("--reset-every <K>")]
    [Description("every K-th request has its connection reset")]
    public int ResetEvery { get; init; }

    [CommandOption("--webhook-url <URL>")]
    [Description("POST a signed QTickets order webhook here for every order change (loopback only), e.g. http://127.0.0.1:8088/webhooks/qtickets")]
    public string? WebhookUrl { get; init; }

    [CommandOption("--webhook-secret <SECRET>")]
    [Description("shared secret of the webhooks' X-Signature (HMAC-SHA1); required with --webhook-url")]
    public string? WebhookSecret { get; init; }

    [CommandOption("--webhook-retry-scale <FACTOR>")]
    [Description("multiplies QTickets' retry delays of n^3 seconds (default 1; 0.001 for tests)")]
    [DefaultValue(1.0)]
    public double WebhookRetryScale { get; init; } = 1.0;

    [CommandOption("--live-sales-per-minute <N>")]
    [Description("new paid orders a minute while it runs, each in /orders at once and sent as created and payed webhooks")]
    public int LiveSalesPerMinute { get; init; }

    public SimulatorOptions ToOptions() => new()
    {
        Port = Port,
        Seed = Seed,
        Orders = Orders,
        Events = Events,
        Token = Token,
        PartnersToken = PartnersToken,
        Anchor = ParseAnchor(Anchor),
        IgnoreWhere = IgnoreWhere,
        IgnoreSelect = IgnoreSelect,
        LatencyMs = LatencyMs,
        ErrorRate = ErrorRate,
        RateLimitEvery = RateLimitEvery,
        PostOrdersStatus = PostOrdersStatus,
        MalformedEvery = MalformedEvery,
        ResetEvery = ResetEvery,
        LiveSalesPerMinute = LiveSalesPerMinute,
        Webhooks = WebhookOptions(),
    };

    public override ValidationResult Validate()
    {
        var errors = new List<string>();
        if (Anchor is not null && ParseAnchor(Anchor) is null)
        {
            errors.Add($"--anchor must be an ISO 8601 datetime with an offset, like 2025-11-03T12:00:00+03:00, not '{Anchor}'.");
        }

        if (WebhookUrl is null && (WebhookSecret is not null || WebhookRetryScale != 1.0))
        {
            errors.Add("--webhook-secret and --webhook-retry-scale need --webhook-url.");
        }

        if (WebhookUrl is not null && !Uri.TryCreate(WebhookUrl, UriKind.Absolute, out _))
        {
            errors.Add($"--webhook-url must be an absolute http(s) URL, not '{WebhookUrl}'.");
        }

        errors.AddRange(ToOptions().Validate().Select(ToFlagNames));
        return errors.Count == 0 ? ValidationResult.Success() : ValidationResult.Error(string.Join(Environment.NewLine, errors));
    }

    /// <summary>Null without a URL (or with one that is not a URL: <see cref="Validate"/> names it).</summary>
    private WebhookOptions? WebhookOptions() =>
        WebhookUrl is not null && Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var url)
            ? new WebhookOptions { Url = url, Secret = WebhookSecret ?? string.Empty, RetryScale = WebhookRetryScale }
            : null;

    private static DateTimeOffset? ParseAnchor(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var anchor) ? anchor : null;

    /// <summary>The options' messages name properties; on the command line they should name the flags.</summary>
    private static string ToFlagNames(string message)
    {
        var property = message.Split(' ', 2)[0];
        var flag = "--" + string.Concat(property.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
        return flag + message[property.Length..];
    }
}
