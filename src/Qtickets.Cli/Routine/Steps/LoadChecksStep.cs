using System.Globalization;
using System.Net.Http.Headers;
using Qtickets.Cli.Routine.Sales;
using Qtickets.Api.Time;

namespace Qtickets.Cli.Routine.Steps;

/// <summary>
/// Step 6: the loaded staging and daily facts against an independent count walked from the same API
/// (<see cref="SalesWitness"/>): orders, tickets and revenue in total, per Moscow day and city, and per city. Staging
/// is held against the sales in every currency, the daily facts against those in roubles; records outside the data
/// contract are expected in neither. Against the live API the current day is left out: orders keep arriving while
/// the count walks.
/// </summary>
public sealed class LoadChecksStep : IVerifyStep
{
    private const int DifferencesShown = 10;

    public string Name => "checks";

    public string Title => "Checks: staging and daily facts against an independent count from the API";

    public string? DependsOn => "load";

    public async Task<VerifyStep> RunAsync(VerifyContext context, CancellationToken cancellationToken)
    {
        var source = context.Source ?? throw new InvalidOperationException("the load step did not say where it loaded from");
        using var http = new HttpClient { BaseAddress = source.RestBase, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", source.Token);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var witness = new SalesWitness(http, context.Time);
        var today = MoscowTime.ToDate(context.Time.GetUtcNow());
        Func<SalesKey, bool> compared = source.Live ? key => key.Day < today : _ => true;
        var counted = (await witness.CountAsync(cancellationToken).ConfigureAwait(false)).Where(compared);
        var stored = new StoredSales(context.Admin);
        var staging = (await stored.StagingAsync(cancellationToken).ConfigureAwait(false)).Where(compared);
        var facts = (await stored.FactsAsync(cancellationToken).ConfigureAwait(false)).Where(compared);
        var (staged, roubles) = (counted.Staged, counted.InDailyFacts);

        var checks = new List<VerifyCheck>
        {
            new("sales the API count found", "at least 1 order", staged.Total.ToString(), staged.Total.Orders > 0),
            Same("staging total (`stg_qtickets_api_orders_raw FINAL`, every currency)", staged.Total, staging.Total),
            Same("daily facts total (`fact_qtickets_sales_daily FINAL`, roubles only)", roubles.Total, facts.Total),
            KeysCheck("staging", staged, staging),
            KeysCheck("daily facts", roubles, facts),
        };
        checks.AddRange(roubles.ByCity.Keys.Union(facts.ByCity.Keys).Order(StringComparer.Ordinal).Select(city => Same(
            $"daily facts in city '{city}'", roubles.ByCity.GetValueOrDefault(city, SalesFigures.Zero), facts.ByCity.GetValueOrDefault(city, SalesFigures.Zero))));
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"counted {staged.Total} on {staged.ByDayAndCity.Count} days and cities from {witness.PagesRead} API pages ({witness.OrdersListed} orders listed{Exclusions(witness)})");
        return VerifyStep.Measured(source.Live ? summary + "; today left out (orders still arriving)" : summary, passed: true, checks) with
        {
            Log = [.. witness.Requests.Select(context.Redact), .. Log(counted, staging, facts)],
        };
    }

    /// <summary>What the count leaves out of what it expects, and why, e.g. <c>, 1 outside the data contract (not loaded)</c>.</summary>
    private static string Exclusions(SalesWitness witness) =>
        (witness.OrdersRejected > 0 ? string.Create(CultureInfo.InvariantCulture, $", {witness.OrdersRejected} outside the data contract (not loaded)") : string.Empty)
        + (witness.SalesInOtherCurrencies > 0 ? string.Create(CultureInfo.InvariantCulture, $", {witness.SalesInOtherCurrencies} sales in other currencies than roubles (in staging, not in the daily facts)") : string.Empty);

    private static VerifyCheck Same(string check, SalesFigures expected, SalesFigures actual) =>
        new(check, expected.ToString(), actual.ToString(), expected.SameAs(actual));

    private static VerifyCheck KeysCheck(string what, SalesTally counted, SalesTally stored)
    {
        var differing = stored.KeysDifferingFrom(counted).Count;
        var keys = counted.ByDayAndCity.Count;
        return new VerifyCheck($"(day, city) pairs where the {what} differ from the count",
            $"0 of {keys}", string.Create(CultureInfo.InvariantCulture, $"{differing} of {keys}"), differing == 0);
    }

    private static List<string> Log(CountedSales counted, SalesTally staging, SalesTally facts)
    {
        List<string> log = ["-- staging, per day and city:", .. StoredSales.StagingSql.Split('\n'), "-- daily facts, per day and city:", .. StoredSales.FactsSql.Split('\n')];
        var differing = staging.KeysDifferingFrom(counted.Staged).Union(facts.KeysDifferingFrom(counted.InDailyFacts)).OrderBy(k => k.Day).ThenBy(k => k.City, StringComparer.Ordinal).Take(DifferencesShown).ToList();
        log.AddRange(differing.Select(key => string.Create(CultureInfo.InvariantCulture,
            $"differs {key.Day:yyyy-MM-dd} '{key.City}': counted {Of(counted.Staged, key)} (roubles {Of(counted.InDailyFacts, key)}); staging {Of(staging, key)}; facts {Of(facts, key)}")));
        return log;
    }

    private static SalesFigures Of(SalesTally tally, SalesKey key) => tally.ByDayAndCity.GetValueOrDefault(key, SalesFigures.Zero);
}
