using Qtickets.Pipeline.Transform;

namespace Qtickets.Pipeline.Tests.Transform;

public sealed class OrderTransformerTests
{
    private static readonly EventInfo Moscow = EventInfo.From(Some.Event(city: "Москва"));

    private static OrderTransformer CreateSut(bool storePersonalData = false) => new(storePersonalData, new DateTime(2026, 1, 1, 12, 0, 0));

    [Fact]
    public void A_paid_order_counts_its_baskets_and_their_prices()
    {
        var order = Some.Order(Some.Basket(1000m), Some.Basket(2500m));

        var row = CreateSut().Transform(order, Moscow).Value!;

        Assert.Equal(2u, row.TicketsSold);
        Assert.Equal(3500d, row.Revenue);
        Assert.Equal("RUB", row.Currency);
    }

    [Fact]
    public void The_city_of_a_sale_is_its_events_city_name_in_lower_case()
    {
        var row = CreateSut().Transform(Some.Order(), Moscow).Value!;

        Assert.Equal("москва", row.City);
    }

    [Fact]
    public void Sale_time_is_payed_at_in_moscow_wall_clock()
    {
        var order = Some.Order() with { PayedAt = new DateTimeOffset(2025, 11, 3, 20, 15, 0, TimeSpan.Zero) };

        var row = CreateSut().Transform(order, Moscow).Value!;

        Assert.Equal(new DateTime(2025, 11, 3, 23, 15, 0), row.SaleTs);
    }

    [Fact]
    public void The_dedup_key_is_the_md5_of_the_order_id_not_of_its_content()
    {
        var order = Some.Order();
        var refunded = order with { Baskets = [order.Baskets[0] with { RefundedAt = Some.PaidAt.AddDays(1), RefundedAmount = 1500m }, order.Baskets[1]] };

        var before = CreateSut().Transform(order, Moscow).Value!;
        var after = CreateSut().Transform(refunded, Moscow).Value!;

        Assert.Equal(before.DedupKey, after.DedupKey);
        Assert.Equal(Fingerprints.DedupKey(order.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), before.DedupKey);
        Assert.Matches("^[0-9a-f]{32}$", before.DedupKey);
    }

    [Fact]
    public void A_refunded_basket_is_not_counted_and_the_refund_raises_the_version()
    {
        var order = Some.Order(Some.Basket(1000m), Some.Basket(2000m));
        var refunded = order with
        {
            UpdatedAt = Some.PaidAt.AddDays(2),
            Baskets = [order.Baskets[0] with { RefundedAt = Some.PaidAt.AddDays(2), RefundedAmount = 1000m }, order.Baskets[1]],
        };

        var before = CreateSut().Transform(order, Moscow).Value!;
        var after = CreateSut().Transform(refunded, Moscow).Value!;

        Assert.Equal(1u, after.TicketsSold);
        Assert.Equal(2000d, after.Revenue);
        Assert.Equal(1u, after.RefundedTickets);
        Assert.Equal(1000d, after.RefundedAmount);
        Assert.True(after.Ver > before.Ver);
    }

    [Fact]
    public void A_cancelled_order_is_written_with_zeroes_on_its_original_sale_day()
    {
        var order = Some.Order() with { DeletedAt = Some.PaidAt.AddDays(3), UpdatedAt = Some.PaidAt.AddDays(3) };

        var row = CreateSut().Transform(order, Moscow).Value!;

        Assert.True(row.IsCancelled);
        Assert.Equal(0u, row.TicketsSold);
        Assert.Equal(0d, row.Revenue);
        Assert.Equal(new DateTime(2025, 11, 3, 12, 0, 0), row.SaleTs);
    }

    [Fact]
    public void A_deleted_basket_is_not_counted()
    {
        var order = Some.Order(Some.Basket(700m) with { DeletedAt = Some.PaidAt.AddHours(1) }, Some.Basket(300m));

        var row = CreateSut().Transform(order, Moscow).Value!;

        Assert.Equal(1u, row.TicketsSold);
        Assert.Equal(300d, row.Revenue);
    }

    [Fact]
    public void An_unpaid_order_is_skipped_with_a_reason()
    {
        var order = Some.Order() with { Payed = false, PayedAt = null };

        var result = CreateSut().Transform(order, Moscow);

        Assert.Null(result.Value);
        Assert.Contains("unpaid", result.SkipReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Personal_data_is_kept_only_as_a_hash_by_default()
    {
        var row = CreateSut().Transform(Some.Order(), Moscow).Value!;

        Assert.Equal(Fingerprints.BuyerHash("buyer@example.com"), row.BuyerHash);
        Assert.Equal(string.Empty, row.BuyerEmail);
        Assert.Equal(string.Empty, row.BuyerPhone);
        Assert.Equal(string.Empty, row.BuyerName);
    }

    [Fact]
    public void Plain_personal_data_is_stored_only_when_enabled()
    {
        var row = CreateSut(storePersonalData: true).Transform(Some.Order(), Moscow).Value!;

        Assert.Equal("Buyer@Example.COM ", row.BuyerEmail);
        Assert.Equal("+79990000000", row.BuyerPhone);
        Assert.Equal("Петров Иван", row.BuyerName);
    }

    [Fact]
    public void Utm_tags_are_copied_and_missing_ones_are_empty()
    {
        var order = Some.Order() with { Utm = new Api.Models.Utm("vk", null, "winter", "msk_01_12", null) };

        var row = CreateSut().Transform(order, Moscow).Value!;

        Assert.Equal("vk", row.UtmSource);
        Assert.Equal(string.Empty, row.UtmMedium);
        Assert.Equal("msk_01_12", row.UtmContent);
    }

    [Fact]
    public void An_order_of_an_unknown_event_keeps_its_event_id_and_an_empty_city()
    {
        var row = CreateSut().Transform(Some.Order(), eventInfo: null).Value!;

        Assert.Equal("42", row.EventId);
        Assert.Equal(string.Empty, row.City);
    }
}
