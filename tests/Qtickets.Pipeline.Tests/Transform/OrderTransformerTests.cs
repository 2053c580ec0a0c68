using Qtickets.Api.Models;
using Qtickets.Pipeline.Transform;

namespace Qtickets.Pipeline.Tests.Transform;

public sealed class OrderTransformerTests
{
    private static readonly EventInfo Moscow = EventInfo.From(Some.Event(city: "Москва"));
    private static readonly DateTimeOffset Observed = Some.PaidAt.AddDays(1);

    private static OrderTransformer CreateSut(bool storePersonalData = false) => new(storePersonalData, new DateTime(2026, 1, 1, 12, 0, 0));

    private static OrderTransformResult Transform(Order order, EventInfo? eventInfo = null, StagedOrder? staged = null, DateTimeOffset? observedAt = null, bool seenBefore = false) =>
        CreateSut().Transform(new ObservedOrder(order, observedAt ?? Observed, seenBefore), eventInfo ?? Moscow, staged);

    [Fact]
    public void A_paid_order_counts_its_baskets_and_their_prices()
    {
        var row = Transform(Some.Order(Some.Basket(1000m), Some.Basket(2500m) with { Quantity = 2 })).Value!;

        Assert.Equal(3u, row.TicketsSold);
        Assert.Equal(3500d, row.Revenue);
        Assert.Equal("RUB", row.Currency);
    }

    [Fact]
    public void The_city_of_a_sale_is_its_events_city_name_in_lower_case()
    {
        Assert.Equal("москва", Transform(Some.Order()).Value!.City);
    }

    [Fact]
    public void Sale_time_is_payed_at_in_moscow_wall_clock()
    {
        var order = Some.Order() with { PayedAt = new DateTimeOffset(2025, 11, 3, 20, 15, 0, TimeSpan.Zero) };

        Assert.Equal(new DateTime(2025, 11, 3, 23, 15, 0), Transform(order).Value!.SaleTs);
    }

    [Fact]
    public void The_dedup_key_is_the_md5_of_the_order_id_not_of_its_content()
    {
        var order = Some.Order();
        var refunded = order with { Baskets = [order.Baskets[0] with { RefundedAt = Some.PaidAt.AddDays(1), RefundedAmount = 1500m }, order.Baskets[1]] };

        var before = Transform(order).Value!;
        var after = Transform(refunded).Value!;

        Assert.Equal(before.DedupKey, after.DedupKey);
        Assert.Equal(Fingerprints.DedupKey(order.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), before.DedupKey);
        Assert.Matches("^[0-9a-f]{32}$", before.DedupKey);
    }

    [Fact]
    public void The_version_is_when_the_order_was_observed_not_a_timestamp_of_the_order()
    {
        var frozen = Some.Order() with { UpdatedAt = new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.Zero) };
        var refunded = Some.Order() with { Baskets = [Some.Basket() with { RefundedAt = Some.PaidAt.AddDays(2) }] };

        var first = Transform(frozen, observedAt: Observed).Value!;
        var later = Transform(refunded, observedAt: Observed.AddMinutes(15)).Value!;

        Assert.Equal(RowVersions.Of(Observed), first.Ver);
        Assert.True(later.Ver > first.Ver);
    }

    [Fact]
    public void A_refunded_basket_is_not_counted()
    {
        var order = Some.Order(Some.Basket(1000m) with { RefundedAt = Some.PaidAt.AddDays(2), RefundedAmount = 1000m }, Some.Basket(2000m));

        var row = Transform(order).Value!;

        Assert.Equal((1u, 2000d, 1u, 1000d), (row.TicketsSold, row.Revenue, row.RefundedTickets, row.RefundedAmount));
    }

    [Fact]
    public void A_cancelled_order_that_was_stored_is_written_with_zeroes_on_its_stored_sale_day()
    {
        var order = Some.Order() with { DeletedAt = Some.PaidAt.AddDays(3), UpdatedAt = Some.PaidAt.AddDays(3), PayedAt = Some.PaidAt.AddDays(3) };
        var staged = new StagedOrder(new DateTime(2025, 11, 3, 12, 0, 0), [new DateOnly(2025, 11, 3)]);

        var row = Transform(order, staged: staged).Value!;

        Assert.True(row.IsCancelled);
        Assert.Equal((0u, 0d), (row.TicketsSold, row.Revenue));
        Assert.Equal(staged.SaleTs, row.SaleTs);
    }

    [Fact]
    public void An_order_no_longer_paid_replaces_its_stored_row_with_zeroes()
    {
        var unpaid = Some.Order() with { Payed = false };
        var staged = new StagedOrder(new DateTime(2025, 11, 3, 12, 0, 0), [new DateOnly(2025, 11, 3)]);

        var row = Transform(unpaid, staged: staged).Value!;

        Assert.Equal((0u, 0d, false), (row.TicketsSold, row.Revenue, row.IsCancelled));
    }

    [Fact]
    public void An_unpaid_order_with_a_payment_time_is_not_a_sale()
    {
        var unpaid = Some.Order() with { Payed = false };

        var result = Transform(unpaid);

        Assert.Null(result.Value);
        Assert.Equal("not paid", result.SkipReason);
    }

    [Fact]
    public void A_cancelled_order_never_stored_is_not_written()
    {
        var result = Transform(Some.Order() with { DeletedAt = Some.PaidAt.AddHours(1) });

        Assert.Null(result.Value);
        Assert.Equal("cancelled, never stored as a sale", result.SkipReason);
    }

    [Fact]
    public void A_later_unpaid_copy_of_an_order_in_the_same_run_is_written_as_zeroes()
    {
        var row = Transform(Some.Order() with { Payed = false }, seenBefore: true).Value!;

        Assert.Equal((0u, 0d), (row.TicketsSold, row.Revenue));
    }

    [Fact]
    public void A_paid_order_without_payed_at_keeps_the_sale_day_staging_has()
    {
        var order = Some.Order() with { PayedAt = null, UpdatedAt = Some.PaidAt.AddDays(5) };
        var staged = new StagedOrder(new DateTime(2025, 11, 3, 12, 0, 0), [new DateOnly(2025, 11, 3)]);

        Assert.Equal(staged.SaleTs, Transform(order, staged: staged).Value!.SaleTs);
        Assert.Equal(new DateTime(2025, 11, 8, 12, 0, 0), Transform(order).Value!.SaleTs);
    }

    [Fact]
    public void A_deleted_basket_is_not_counted()
    {
        var row = Transform(Some.Order(Some.Basket(700m) with { DeletedAt = Some.PaidAt.AddHours(1) }, Some.Basket(300m))).Value!;

        Assert.Equal((1u, 300d), (row.TicketsSold, row.Revenue));
    }

    [Fact]
    public void Personal_data_is_kept_only_as_a_hash_by_default()
    {
        var row = Transform(Some.Order()).Value!;

        Assert.Equal(Fingerprints.BuyerHash("buyer@example.com"), row.BuyerHash);
        Assert.Equal((string.Empty, string.Empty, string.Empty), (row.BuyerEmail, row.BuyerPhone, row.BuyerName));
    }

    [Fact]
    public void Plain_personal_data_is_stored_only_when_enabled()
    {
        var row = CreateSut(storePersonalData: true).Transform(new ObservedOrder(Some.Order(), Observed), Moscow, null).Value!;

        Assert.Equal(("Buyer@Example.COM ", "+79990000000", "Петров Иван"), (row.BuyerEmail, row.BuyerPhone, row.BuyerName));
    }

    [Fact]
    public void Utm_tags_are_copied_and_missing_ones_are_empty()
    {
        var row = Transform(Some.Order() with { Utm = new Utm("vk", null, "winter", "msk_01_12", null) }).Value!;

        Assert.Equal(("vk", string.Empty, "msk_01_12"), (row.UtmSource, row.UtmMedium, row.UtmContent));
    }

    [Fact]
    public void Text_longer_than_its_limit_is_cut_and_said_so()
    {
        var huge = new string('x', 5_000_000);
        var result = Transform(Some.Order() with { Utm = new Utm(huge, "cpc", null, null, null) });

        Assert.Equal(TextLimits.Utm, result.Value!.UtmSource.Length);
        Assert.Equal("cpc", result.Value.UtmMedium);
        Assert.True(result.TextCut);
        Assert.False(Transform(Some.Order()).TextCut);
    }

    [Fact]
    public void The_currency_is_kept_and_defaults_to_roubles()
    {
        Assert.Equal("USD", Transform(Some.Order() with { CurrencyId = "USD" }).Value!.Currency);
        Assert.Equal("RUB", Transform(Some.Order() with { CurrencyId = null }).Value!.Currency);
    }

    [Fact]
    public void An_order_of_an_unknown_event_keeps_its_event_id_and_an_empty_city()
    {
        var row = CreateSut().Transform(new ObservedOrder(Some.Order(), Observed), eventInfo: null, staged: null).Value!;

        Assert.Equal(("42", string.Empty), (row.EventId, row.City));
    }
}
