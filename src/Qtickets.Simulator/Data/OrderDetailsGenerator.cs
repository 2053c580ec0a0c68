using System.Collections.Immutable;
using System.Globalization;

namespace Qtickets.Simulator.Data;

/// <summary>
/// Regenerates a whole order from (seed, id) and the index: buyer, site, UTM, baskets with seats and
/// whole-rouble prices summing to the order's price, generated refunds, then the API overlay.
/// </summary>
internal sealed partial class OrderDetailsGenerator
{
    private static readonly string[] Customs = ["roistat_visit=100018", "source=widget", "ym_client_id=1699871234567890123", "partner=afisha"];
    private static readonly (string Source, string Medium)[] UtmChannels =
    [
        ("yandex", "cpc"), ("google", "cpc"), ("vk", "social"), ("telegram", "social"), ("mytarget", "cpm"), ("email", "email"),
    ];

    private static readonly string[] UtmTerms = ["билеты на концерт", "стендап", "афиша выходных", "куда сходить"];
    private static readonly string[] Alphabet62 = [.. "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".Select(c => c.ToString())];
    private readonly Dataset _data;

    public OrderDetailsGenerator(Dataset data)
    {
        _data = data;
    }

    public OrderDetails Generate(int position)
    {
        var index = _data.Orders;
        var id = index.Ids[position];
        var random = DeterministicRandom.For(_data.Seed, RandomStream.OrderDetails, id);
        var show = _data.Shows[index.ShowIndex[position]];
        var model = _data.Events[show.EventIndex];
        var change = _data.Overlay.Get(position);
        var uniqid = Uniqid(ref random);
        var client = ClientGenerator.Create(_data.Seed, PickClient(ref random));
        var (siteId, host) = random.Chance(0.7) ? (16, "qtickets.ru") : (318, "bilety.stub-org.ru");
        var paymentType = PaymentType(ref random);
        var (discount, promoCodeId) = PickDiscount(ref random);
        var moneyAsStrings = random.Chance(0.1);
        var utm = random.Chance(0.45) ? null : UtmFor(model, show, ref random);
        var custom = random.Chance(0.7) ? string.Empty : random.Pick(Customs);
        var partner = random.Chance(0.05);
        var context = new OrderContext(
            id, index.Flags[position], index.CreatedAt[position], index.PayedAt[position],
            change?.GeneratedUpdatedAt ?? index.UpdatedAt[position], index.DeletedAt[position], show, client.Person,
            discount?.Percent ?? 0, partner);
        var baskets = CreateBaskets(context, ref random);
        var refunds = GeneratedRefunds(context, baskets);
        if (change is not null)
        {
            baskets = [.. baskets.Select(b => Apply(b, change))];
            refunds = [.. refunds.Concat(change.Refunds)];
        }

        var created = index.CreatedAt[position];
        var payed = index.Flags[position].HasFlag(OrderFlags.Payed);
        var reservedTo = created + OrderIndexBuilder.ReservationSeconds;
        var deletedAt = index.DeletedAt[position];
        return new OrderDetails(
            position, id, uniqid, payed, index.PayedAt[position], created, index.UpdatedAt[position], deletedAt,
            client, siteId, host, paymentType, discount?.Id, promoCodeId,
            Reserved: !payed && deletedAt == 0 && reservedTo <= _data.Anchor, reservedTo, model, show,
            moneyAsStrings, utm, custom, partner ? "PTN-" + id.ToString(CultureInfo.InvariantCulture) : null, baskets, refunds);
    }

    private static BasketModel Apply(BasketModel basket, OrderChange change)
    {
        if (!change.Baskets.TryGetValue(basket.Slot, out var basketChange))
        {
            return basket;
        }

        return basket with
        {
            DeletedAt = basketChange.DeletedAt != 0 ? basketChange.DeletedAt : basket.DeletedAt,
            RefundedAt = basketChange.RefundedAt != 0 ? basketChange.RefundedAt : basket.RefundedAt,
            RefundedAmount = basketChange.RefundedAt != 0 ? basketChange.RefundedAmount : basket.RefundedAmount,
            RefundedDeduction = basketChange.RefundedAt != 0 ? basketChange.RefundedDeduction : basket.RefundedDeduction,
            UpdatedAt = basketChange.UpdatedAt,
        };
    }

    private static ImmutableList<RefundRecord> GeneratedRefunds(OrderContext context, IReadOnlyList<BasketModel> baskets)
    {
        var refunded = baskets.Where(b => b.RefundedAt != 0).ToList();
        if (refunded.Count == 0)
        {
            return [];
        }

        return
        [
            new RefundRecord(
                (long)context.Id * 4, refunded.Sum(b => b.RefundedAmount), refunded.Sum(b => b.RefundedDeduction),
                context.ChangedAt, [.. refunded.Select(b => b.Id)]),
        ];
    }

    private static string Uniqid(ref DeterministicRandom random)
    {
        var characters = new string[10];
        for (var i = 0; i < characters.Length; i++)
        {
            characters[i] = Alphabet62[random.Next(Alphabet62.Length)];
        }

        return string.Concat(characters);
    }

    private static string PaymentType(ref DeterministicRandom random)
    {
        var roll = random.NextDouble();
        return roll < 0.85 ? "bankcard" : roll < 0.95 ? "sbp" : "invoice";
    }

    private static UtmTags UtmFor(EventModel model, ShowModel show, ref DeterministicRandom random)
    {
        var (source, medium) = random.Pick(UtmChannels);
        var local = TimeMath.ToOffset(show.Start, model.City.UtcOffset);
        var content = string.Create(CultureInfo.InvariantCulture, $"{model.City.Slug}_{local.Day:00}_{local.Month:00}");
        var campaign = string.Create(CultureInfo.InvariantCulture, $"{model.City.Slug}_{model.Id}");
        var tags = new UtmTags(
            random.Chance(0.9) ? source : null,
            random.Chance(0.85) ? medium : null,
            random.Chance(0.75) ? campaign : null,
            random.Chance(0.8) ? content : null,
            medium == "cpc" && random.Chance(0.5) ? random.Pick(UtmTerms) : null);
        return tags is { Source: null, Medium: null, Campaign: null, Content: null, Term: null } ? tags with { Content = content } : tags;
    }

    private int PickClient(ref DeterministicRandom random) =>
        random.Chance(0.3) ? random.Next(Math.Max(1, _data.ClientCount / 10)) : random.Next(_data.ClientCount);

    private (DiscountModel? Discount, int? PromoCodeId) PickDiscount(ref DeterministicRandom random)
    {
        var live = _data.Catalogs.LiveDiscounts;
        if (!random.Chance(0.12) || live.Count == 0)
        {
            return (null, null);
        }

        var discount = random.Pick(live);
        var codes = _data.Catalogs.PromoCodes.Where(p => p.DiscountId == discount.Id).ToArray();
        return (discount, random.Chance(0.5) && codes.Length > 0 ? random.Pick(codes).Id : null);
    }

    /// <remarks>
    /// ChangedAt: The generated updated_at: the payment, or the later refund or cancellation.<br/>
    /// </remarks>
    private readonly record struct OrderContext(
        int Id,
        OrderFlags Flags,
        long CreatedAt,
        long PayedAt,
        long ChangedAt,
        long DeletedAt,
        ShowModel Show,
        Person Client,
        int DiscountPercent,
        bool Partner);
}
