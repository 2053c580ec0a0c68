using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Qtickets.Api;
using Qtickets.Api.Errors;
using Qtickets.Api.Models;
using Qtickets.Api.Partners;
using Qtickets.ClickHouse;
using Qtickets.ClickHouse.Writing;
using Qtickets.Pipeline.Running;
using Qtickets.Api.Time;
using Qtickets.Pipeline.Transform;

namespace Qtickets.Pipeline.Stages;

/// <summary>Catalogues: clients, price shades, discounts, promo codes, barcodes and partner tickets, each optional.</summary>
internal sealed class CataloguesStage(LoaderJobContext context, ILogger logger)
{
    /// <summary>
    /// The optional datasets (the catalogues of docs/data-contract.md). Each can be switched off with its <c>QTICKETS_SKIP_*</c>
    /// flag; one answering 403 or 404 is skipped and named in the run's metrics; other failures fail the run.
    /// Records stream page by page (show by show for barcodes) into batched inserts, so a tenant's whole client base
    /// or barcode list never sits in memory at once.
    /// </summary>
    public async Task LoadAsync(
        RunAccumulator run, EventCatalog catalog, IClickHouseClient clickHouse, CancellationToken cancellationToken)
    {
        var skips = context.Settings.Qtickets.Skips;
        var now = context.Time.GetUtcNow();
        var rows = new CatalogueRows(RowVersions.Of(now), context.Settings.Qtickets.StorePersonalData, MoscowTime.ToWallClock(now));
        await LoadOptionalAsync(run, new("clients", skips.Clients, "QTICKETS_SKIP_CLIENTS", "stg_qtickets_api_clients_raw"), new PagedFetch<Client>(context.Api.StreamClientsAsync), rows.Client, clickHouse, cancellationToken).ConfigureAwait(false);
        await LoadOptionalAsync(run, new("price_shades", skips.PriceShades, "QTICKETS_SKIP_PRICE_SHADES", "stg_qtickets_api_price_shades_raw"), Whole<PriceShade>(context.Api.GetPriceShadesAsync), rows.PriceShade, clickHouse, cancellationToken).ConfigureAwait(false);
        await LoadOptionalAsync(run, new("discounts", skips.Discounts, "QTICKETS_SKIP_DISCOUNTS", "stg_qtickets_api_discounts_raw"), Whole<Discount>(context.Api.GetDiscountsAsync), rows.Discount, clickHouse, cancellationToken).ConfigureAwait(false);
        await LoadOptionalAsync(run, new("promo_codes", skips.PromoCodes, "QTICKETS_SKIP_PROMO_CODES", "stg_qtickets_api_promo_codes_raw"), Whole<PromoCode>(context.Api.GetPromoCodesAsync), rows.PromoCode, clickHouse, cancellationToken).ConfigureAwait(false);
        var shows = catalog.All.SelectMany(e => e.ActiveShowIds.Select(show => (Event: e.Id, Show: show))).ToList();
        var barcodes = new StageMeter(context.Observer, "barcodes", "shows", shows.Count);
        await LoadOptionalAsync<(Barcode Barcode, long EventId), Rows.BarcodeRow>(run, new("barcodes", skips.Barcodes, "QTICKETS_SKIP_BARCODES", "stg_qtickets_api_barcodes_raw"), (sink, token) => FetchBarcodesAsync(shows, barcodes, sink, token), b => rows.Barcode(b.Barcode, b.EventId), clickHouse, cancellationToken, barcodes).ConfigureAwait(false);
        await LoadPartnerTicketsAsync(run, rows, clickHouse, cancellationToken).ConfigureAwait(false);
    }

    // perShow: the meter of a dataset read show by show (barcodes), whose fetch says when a show is done; null: every
    // hand-over of records (a page) is a unit of progress.
    private async Task LoadOptionalAsync<TItem, TRow>(
        RunAccumulator run, OptionalDataset dataset, PagedFetch<TItem> fetch, Func<TItem, TRow> map,
        IClickHouseClient clickHouse, CancellationToken cancellationToken, StageMeter? perShow = null)
    {
        if (dataset.Skip)
        {
            run.Skip(dataset.Name, $"{dataset.SkipSetting}=true");
            return;
        }

        context.Observer.StageStarted(dataset.Name);
        var writer = new BatchingInsertWriter<TRow>(
            clickHouse, dataset.Table, StagingInserts.Options, context.Time, context.Logs.CreateLogger("qtickets.writer"));
        await using (writer.ConfigureAwait(false))
        {
            try
            {
                var meter = perShow ?? new StageMeter(context.Observer, dataset.Name, "pages", null);
                var result = await fetch(async (items, token) =>
                {
                    foreach (var item in items)
                    {
                        await writer.WriteAsync(map(item), token).ConfigureAwait(false);
                    }

                    meter.AddRows(items.Count);
                    if (perShow is null)
                    {
                        meter.UnitDone();
                    }
                }, cancellationToken).ConfigureAwait(false);
                await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
                Finish(run, dataset.Name, writer.RowsWritten, result);
            }
            catch (QticketsApiException ex) when (ex.IsDatasetUnavailable)
            {
                run.Skip(dataset.Name, $"HTTP {ex.StatusCode} from {ex.Endpoint}");
                logger.LogWarning("{Dataset:l} skipped: HTTP {Status} from {Endpoint:l}", dataset.Name, ex.StatusCode, ex.Endpoint);
            }
        }
    }

    private void Finish<TItem>(RunAccumulator run, string dataset, long rows, ListResult<TItem> result)
    {
        run.Count(dataset, rows);
        foreach (var warning in result.Warnings)
        {
            run.Warn($"{dataset}: {warning}");
        }

        // Unreadable records are left out, not fatal; the run says how many and why (the first one as the example).
        if (result.Skipped is [var first, ..] skipped)
        {
            run.Warn($"{dataset}: {skipped.Count} record(s) skipped, e.g. {first.RecordId ?? "without id"} ({first.Reason})");
        }

        context.Observer.StageCompleted(dataset, rows);
        logger.LogInformation("{Dataset:l}: {Rows} rows", dataset, rows);
    }

    /// <summary>A small catalogue read whole, then handed to the sink at once.</summary>
    private static PagedFetch<T> Whole<T>(Func<CancellationToken, Task<ListResult<T>>> fetch) => async (sink, token) =>
    {
        var result = await fetch(token).ConfigureAwait(false);
        await sink(result.Items, token).ConfigureAwait(false);
        return result;
    };

    /// <summary>Barcodes of every active show, concurrently (bounded), each show's list handed on as it arrives.</summary>
    private async Task<ListResult<(Barcode Barcode, long EventId)>> FetchBarcodesAsync(
        IReadOnlyList<(long Event, long Show)> shows, StageMeter meter, Func<IReadOnlyList<(Barcode, long)>, CancellationToken, ValueTask> sink,
        CancellationToken cancellationToken)
    {
        var unavailable = 0;
        var skipped = new ConcurrentQueue<SkippedRecord>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = context.Settings.Qtickets.MaxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(shows, parallel, async (item, token) =>
        {
            try
            {
                var result = await context.Api.StreamBarcodesAsync(
                    item.Show, (chunk, chunkToken) => sink(chunk.Select(b => (b, item.Event)).ToList(), chunkToken), token).ConfigureAwait(false);
                foreach (var record in result.Skipped)
                {
                    skipped.Enqueue(record);
                }
            }
            catch (QticketsApiException ex) when (ex.IsDatasetUnavailable && shows.Count > 1)
            {
                Interlocked.Increment(ref unavailable);
            }

            meter.UnitDone();
        }).ConfigureAwait(false);

        if (shows.Count > 0 && unavailable == shows.Count)
        {
            throw new QticketsApiException("barcodes of every show unavailable", "GET /shows/{id}/barcodes") { StatusCode = 404 };
        }

        return new ListResult<(Barcode, long)>([], [.. skipped], shows.Count, null, []);
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

        var dataset = new OptionalDataset("partner_tickets", false, "QTICKETS_SKIP_PARTNER_TICKETS", "stg_qtickets_api_partner_tickets_raw");
        await LoadOptionalAsync<PartnerTicket, Rows.PartnerTicketRow>(run, dataset, async (sink, token) =>
        {
            foreach (var request in requests)
            {
                await sink((await partners.FindTicketsAsync(request, token).ConfigureAwait(false)).Items, token).ConfigureAwait(false);
            }

            return new ListResult<PartnerTicket>([], [], requests.Count, null, []);
        }, rows.PartnerTicket, clickHouse, cancellationToken).ConfigureAwait(false);
    }
}
