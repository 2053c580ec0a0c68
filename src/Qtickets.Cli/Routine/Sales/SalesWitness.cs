using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Polly;
using Polly.Retry;
using Qtickets.Api.Orders;
using Qtickets.Api.Time;
using Qtickets.Pipeline.Transform;

namespace Qtickets.Cli.Routine.Sales;

/// <summary>
/// The independent count that verify holds the loaded tables against. It reads every plain page of <c>/orders</c> and
/// <c>/events</c> (<c>?page=N</c>, nothing else: the form every tenant answers) as plain JSON, without the loader's
/// client, paging or transform, and applies the rules of docs/data-contract.md itself: a sale is an order with
/// <c>payed</c> true and no <c>deleted_at</c>; its tickets are the <c>quantity</c> of its baskets that are neither
/// deleted nor refunded, its revenue their <c>price</c>, and it counts as an order when it has a ticket; its city is
/// its event's city name in lower case; its day is <c>payed_at</c> (else <c>updated_at</c>) in Moscow time.
/// Two rules it takes from the loader instead of restating them, because they decide what the load may hold rather
/// than how it is summed: the record contract (<see cref="OrderJsonReader"/>: a record outside it is never written,
/// so it is not expected) and the currency rule (<see cref="SaleCurrency"/>: staging keeps every currency, the daily
/// facts roubles only). Kept small on purpose, so that it can be checked against the rules by reading it.
/// </summary>
public sealed class SalesWitness(HttpClient api, TimeProvider time)
{
    private const int PagesInFlight = 4;

    private readonly ResiliencePipeline _retry = new ResiliencePipelineBuilder { TimeProvider = time }
        .AddRetry(new RetryStrategyOptions
        {
            // A lost page would make the witness wrong, so transient failures are retried like the loader's.
            ShouldHandle = new PredicateBuilder().Handle<HttpRequestException>(ex => ex.StatusCode is null or HttpStatusCode.TooManyRequests || (int?)ex.StatusCode >= 500),
            MaxRetryAttempts = 4,
            Delay = TimeSpan.FromSeconds(1),
            BackoffType = DelayBackoffType.Exponential,
        })
        .Build();

    private readonly Dictionary<string, int> _pages = new(StringComparer.Ordinal);

    /// <summary>Pages of orders and events read by the last <see cref="CountAsync"/>.</summary>
    public int PagesRead => _pages.Values.Sum();

    /// <summary>What the last <see cref="CountAsync"/> asked for, e.g. <c>GET events?page=1..3</c>.</summary>
    public IReadOnlyList<string> Requests => _pages.Select(p => $"GET {api.BaseAddress}{p.Key}?page=1..{p.Value}").ToList();

    /// <summary>Orders the API listed, sales or not, in the last <see cref="CountAsync"/>.</summary>
    public long OrdersListed { get; private set; }

    /// <summary>Order records outside the data contract in the last <see cref="CountAsync"/>: the loader writes none of them.</summary>
    public long OrdersRejected { get; private set; }

    /// <summary>Sales in a currency the daily facts do not sum, in the last <see cref="CountAsync"/>.</summary>
    public long SalesInOtherCurrencies { get; private set; }

    public async Task<CountedSales> CountAsync(CancellationToken cancellationToken)
    {
        (OrdersListed, OrdersRejected, SalesInOtherCurrencies) = (0, 0, 0);
        _pages.Clear();
        var cities = new Dictionary<long, string>();
        await ReadAllAsync("events", ev => AddCity(ev, cities), cancellationToken).ConfigureAwait(false);
        var counted = new CountedSales(new SalesTally(), new SalesTally());
        await ReadAllAsync("orders", order => Count(order, cities, counted), cancellationToken).ConfigureAwait(false);
        return counted;
    }

    private void Count(JsonElement order, Dictionary<long, string> cities, CountedSales counted)
    {
        OrdersListed++;
        var judged = OrderJsonReader.Read(Encoding.UTF8.GetBytes(order.GetRawText()), time.GetUtcNow());
        if (judged.Order is not { } accepted)
        {
            OrdersRejected++;
            return;
        }

        if (!IsTrue(order, "payed") || IsSet(order, "deleted_at"))
        {
            return;
        }

        long tickets = 0;
        var revenue = 0m;
        foreach (var basket in order.GetProperty("baskets").EnumerateArray())
        {
            var refunded = IsSet(basket, "refunded_at") || Money(basket, "refunded_amount") > 0m;
            if (!IsSet(basket, "deleted_at") && !refunded)
            {
                tickets += basket.TryGetProperty("quantity", out var quantity) && quantity.ValueKind != JsonValueKind.Null ? Number(quantity) : 1;
                revenue += Money(basket, "price");
            }
        }

        var paidAt = IsSet(order, "payed_at") ? order.GetProperty("payed_at") : order.GetProperty("updated_at");
        var day = MoscowTime.ToDate(DateTimeOffset.Parse(paidAt.GetString()!, CultureInfo.InvariantCulture));
        var city = IsSet(order, "event_id") ? cities.GetValueOrDefault(Id(order, "event_id"), string.Empty) : string.Empty;
        var key = new SalesKey(day, city);
        var figures = new SalesFigures(tickets > 0 ? 1 : 0, tickets, revenue);
        counted.Staged.Add(key, figures);
        if (SaleCurrency.CountsInDailyFacts(SaleCurrency.Of(accepted)))
        {
            counted.InDailyFacts.Add(key, figures);
        }
        else
        {
            SalesInOtherCurrencies++;
        }
    }

    /// <summary>Page 1 says how many pages there are; the rest are read a few at a time, each handled under one lock.</summary>
    private async Task ReadAllAsync(string endpoint, Action<JsonElement> handle, CancellationToken cancellationToken)
    {
        var gate = new Lock();
        var (perPage, total) = await ReadPageAsync(endpoint, 1, handle, gate, cancellationToken).ConfigureAwait(false);
        var pages = perPage == 0 ? 1 : (int)Math.Ceiling(total / (double)perPage);
        await Parallel.ForEachAsync(
            Enumerable.Range(2, Math.Max(0, pages - 1)),
            new ParallelOptions { MaxDegreeOfParallelism = PagesInFlight, CancellationToken = cancellationToken },
            async (page, token) => await ReadPageAsync(endpoint, page, handle, gate, token).ConfigureAwait(false)).ConfigureAwait(false);
    }

    private async Task<(int PerPage, long Total)> ReadPageAsync(string endpoint, int page, Action<JsonElement> handle, Lock gate, CancellationToken cancellationToken)
    {
        var text = await _retry.ExecuteAsync(
            async token => await api.GetStringAsync(new Uri($"{endpoint}?page={page}", UriKind.Relative), token).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        using var document = JsonDocument.Parse(text);
        var paging = document.RootElement.GetProperty("paging");
        lock (gate)
        {
            _pages[endpoint] = _pages.GetValueOrDefault(endpoint) + 1;
            foreach (var record in document.RootElement.GetProperty("data").EnumerateArray())
            {
                handle(record);
            }
        }

        return (paging.GetProperty("perPage").GetInt32(), Number(paging.GetProperty("total")));
    }

    /// <summary>
    /// An event without a readable id is skipped, as the loader skips it (its orders then have no city in both counts);
    /// a hostile event record must not fail the check that compares them.
    /// </summary>
    private static void AddCity(JsonElement ev, Dictionary<long, string> cities)
    {
        if (ev.ValueKind == JsonValueKind.Object && ev.TryGetProperty("id", out var id) && TryNumber(id, out var eventId))
        {
            cities[eventId] = CityName(ev);
        }
    }

    private static bool TryNumber(JsonElement value, out long number)
    {
        number = 0;
        return value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetInt64(out number),
            JsonValueKind.String => long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out number),
            _ => false,
        };
    }

    private static string CityName(JsonElement ev) =>
        ev.TryGetProperty("city", out var city) && city.ValueKind == JsonValueKind.Object && city.TryGetProperty("name", out var name)
            ? (name.GetString() ?? string.Empty).Trim().ToLowerInvariant()
            : string.Empty;

    private static bool IsSet(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.False)
        && !(value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0);

    private static bool IsTrue(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.Number => value.GetDouble() != 0,
            JsonValueKind.String => value.GetString() is "1" or "true",
            _ => false,
        };

    private static long Id(JsonElement record, string name) => Number(record.GetProperty(name));

    private static long Number(JsonElement value) =>
        TryNumber(value, out var number) ? number : throw new FormatException($"'{value.GetRawText()}' is not a whole number");

    private static decimal Money(JsonElement record, string name) =>
        !record.TryGetProperty(name, out var value) ? 0m : value.ValueKind switch
        {
            JsonValueKind.Number => value.GetDecimal(),
            JsonValueKind.String => decimal.Parse(value.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture),
            _ => 0m,
        };
}
