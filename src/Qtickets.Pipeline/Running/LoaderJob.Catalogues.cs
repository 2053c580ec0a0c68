using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Qtickets.Api;
using Qtickets.Api.Errors;
using Qtickets.ClickHouse;
using Qtickets.Pipeline.Catalogues;
using Qtickets.Pipeline.Rows;
using Qtickets.Pipeline.Time;
using Qtickets.Pipeline.Transform;

namespace Qtickets.Pipeline.Running;

public sealed partial class LoaderJob
{
    /// <summary>
    /// The optional datasets (spec section 4, catalogues). Each can be switched off with its <c>QTICKETS_SKIP_*</c>
    /// flag; one answering 403 or 404 is skipped and named in the run's metrics; other failures fail the run.
    /// </summary>
    private async Task LoadCataloguesAsync(
        RunAccumulator run, EventCatalog catalog, IClickHouseClient clickHouse, CancellationToken cancellationToken)
    {
        var skips = context.Settings.Qtickets.Skips;
        var now = context.Time.GetUtcNow();
        var rows = new CatalogueRows(RowVersions.Of(now), context.Settings.Qtickets.StorePersonalData, MoscowTime.ToWallClock(now));
        await LoadOptionalAsync(run, "clients", skips.Clients, "QTICKETS_SKIP_CLIENTS", context.Api.GetClientsAsync, rows.Client, "stg_qtickets_api_clients_raw", clickHouse, cancellationToken).ConfigureAwait(false);
        await LoadOptionalAsync(run, "price_shades", skips.PriceShades, "QTICKETS_SKIP_PRICE_SHADES", context.Api.GetPriceShadesAsync, rows.PriceShade, "stg_qtickets_api_price_shades_raw", clickHouse, cancellationToken).ConfigureAwait(false);
        await LoadOptionalAsync(run, "discounts", skips.Discounts, "QTICKETS_SKIP_DISCOUNTS", context.Api.GetDiscountsAsync, rows.Discount, "stg_qtickets_api_discounts_raw", clickHouse, cancellationToken).ConfigureAwait(false);
        await LoadOptionalAsync(run, "promo_codes", skips.PromoCodes, "QTICKETS_SKIP_PROMO_CODES", context.Api.GetPromoCodesAsync, rows.PromoCode, "stg_qtickets_api_promo_codes_raw", clickHouse, cancellationToken).ConfigureAwait(false);
        await LoadOptionalAsync(run, "barcodes", skips.Barcodes, "QTICKETS_SKIP_BARCODES", token => FetchBarcodesAsync(catalog, rows, token), row => row, "stg_qtickets_api_barcodes_raw", clickHouse, cancellationToken).ConfigureAwait(false);
        await LoadPartnerTicketsAsync(run, rows, clickHouse, cancellationToken).ConfigureAwait(false);
    }

    private async Task LoadOptionalAsync<TItem, TRow>(
        RunAccumulator run, string dataset, bool skip, string skipSetting,
        Func<CancellationToken, Task<ListResult<TItem>>> fetch, Func<TItem, TRow> map,
        string table, IClickHouseClient clickHouse, CancellationToken cancellationToken)
    {
        if (skip)
        {
            run.Skip(dataset, $"{skipSetting}=true");
            return;
        }

        context.Observer.StageStarted(dataset);
        try
        {
            var result = await fetch(cancellationToken).ConfigureAwait(false);
            var rows = result.Items.Select(map).ToList();
            await InsertIfAnyAsync(clickHouse, table, rows, cancellationToken).ConfigureAwait(false);
            run.Count(dataset, rows.Count);
            foreach (var warning in result.Warnings)
            {
                run.Warn($"{dataset}: {warning}");
            }

            context.Observer.StageCompleted(dataset, rows.Count);
            _logger.LogInformation("{Dataset:l}: {Rows} rows", dataset, rows.Count);
        }
        catch (QticketsApiException ex) when (ex.IsDatasetUnavailable)
        {
            run.Skip(dataset, $"HTTP {ex.StatusCode} from {ex.Endpoint}");
            _logger.LogWarning("{Dataset:l} skipped: HTTP {Status} from {Endpoint:l}", dataset, ex.StatusCode, ex.Endpoint);
        }
    }

    /// <summary>Barcodes of every active show, concurrently; a show answering 403/404 is left out.</summary>
    private async Task<ListResult<BarcodeRow>> FetchBarcodesAsync(EventCatalog catalog, CatalogueRows rows, CancellationToken cancellationToken)
    {
        var shows = catalog.All.SelectMany(e => e.ActiveShowIds.Select(show => (Event: e.Id, Show: show))).ToList();
        var found = new ConcurrentBag<BarcodeRow>();
        var unavailable = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = context.Settings.Qtickets.MaxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(shows, parallel, async (item, token) =>
        {
            try
            {
                var barcodes = await context.Api.GetBarcodesAsync(item.Show, token).ConfigureAwait(false);
                foreach (var barcode in barcodes.Items)
                {
                    found.Add(rows.Barcode(barcode, item.Event));
                }
            }
            catch (QticketsApiException ex) when (ex.IsDatasetUnavailable && shows.Count > 1)
            {
                Interlocked.Increment(ref unavailable);
            }
        }).ConfigureAwait(false);

        if (shows.Count > 0 && unavailable == shows.Count)
        {
            throw new QticketsApiException("barcodes of every show unavailable", "GET /shows/{id}/barcodes") { StatusCode = 404 };
        }

        return new ListResult<BarcodeRow>([.. found], [], shows.Count, null, []);
    }

    private async Task LoadPartnerTicketsAsync(RunAccumulator run, CatalogueRows rows, IClickHouseClient clickHouse, CancellationToken cancellationToken)
    {
        var requests = context.Settings.Qtickets.PartnersFindRequests;
        if (context.Settings.Qtickets.Skips.PartnerTickets)
        {
            run.Skip("partner_tickets", "QTICKETS_SKIP_PARTNER_TICKETS=true");
            return;
        }

        if (context.Partners is not { } partners || requests.Count == 0)
        {
            run.Skip("partner_tickets", "Partners API not configured (QTICKETS_PARTNERS_BASE_URL, QTICKETS_PARTNERS_TOKEN, QTICKETS_PARTNERS_FIND_REQUESTS)");
            return;
        }

        await LoadOptionalAsync(run, "partner_tickets", skip: false, "QTICKETS_SKIP_PARTNER_TICKETS", async token =>
        {
            var tickets = new List<Api.Partners.PartnerTicket>();
            foreach (var request in requests)
            {
                tickets.AddRange((await partners.FindTicketsAsync(request, token).ConfigureAwait(false)).Items);
            }

            return new ListResult<Api.Partners.PartnerTicket>(tickets, [], requests.Count, null, []);
        }, rows.PartnerTicket, "stg_qtickets_api_partner_tickets_raw", clickHouse, cancellationToken).ConfigureAwait(false);
    }
}
