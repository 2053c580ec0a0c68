using System.Globalization;

namespace Qtickets.Simulator.Data;

/// <summary>Baskets: 1 to 6 tickets of quantity 1, mostly neighbouring seats of one zone, whole-rouble prices.</summary>
internal sealed partial class OrderDetailsGenerator
{
    private static readonly double[] BasketCountWeights = [0.35, 0.35, 0.12, 0.10, 0.04, 0.04];

    private BasketModel[] CreateBaskets(OrderContext context, ref DeterministicRandom random)
    {
        var count = BasketCount(ref random);
        var zones = _data.Events[context.Show.EventIndex].Zones;
        var sameZone = random.Chance(0.75);
        var zone = PickZone(zones, ref random);
        var row = random.Next(zone.Rows) + 1;
        var place = random.Next(zone.Places) + 1;
        var refundFrom = context.Flags.HasFlag(OrderFlags.Refunded)
            ? (count == 1 || random.Chance(0.5) ? 0 : count - random.Next(1, count))
            : count;
        var baskets = new BasketModel[count];
        for (var slot = 0; slot < count; slot++)
        {
            if (slot > 0 && !sameZone)
            {
                zone = PickZone(zones, ref random);
                row = random.Next(zone.Rows) + 1;
                place = random.Next(zone.Places);
            }

            (row, place) = NextSeat(zone, row, place, slot);
            baskets[slot] = CreateBasket(context, slot, count, zone, row, place, slot >= refundFrom, ref random);
        }

        return baskets;
    }

    private static (int Row, int Place) NextSeat(SeatZone zone, int row, int place, int slot)
    {
        if (zone.Admission || slot == 0)
        {
            return zone.Admission ? (1, 1) : (row, place);
        }

        return place < zone.Places ? (row, place + 1) : ((row % zone.Rows) + 1, 1);
    }

    private BasketModel CreateBasket(
        OrderContext context, int slot, int count, SeatZone zone, int row, int place, bool refunded, ref DeterministicRandom random)
    {
        var id = OrderDetails.BasketId(context.Id, slot);
        var discountValue = (int)Math.Round(zone.Price * context.DiscountPercent / 100.0);
        var price = zone.Price - discountValue;
        var holder = slot == 0 || random.Chance(0.7)
            ? context.Client
            : GuestFor(id);
        var generatedDeleted = context.Flags.HasFlag(OrderFlags.Expired) || context.Flags.HasFlag(OrderFlags.CancelledAfterPayment)
            ? context.DeletedAt
            : 0;
        var deduction = refunded && random.Chance(0.2) ? (int)Math.Round(price * 0.1) : 0;
        var checkedAt = CheckedAt(context, generatedDeleted == 0 && !refunded, ref random);
        return new BasketModel(
            id, slot, _data.Barcodes.Encode(id), zone, row, place, zone.Price, discountValue, price, holder,
            CreatedAt: context.CreatedAt - ((count - slot) * random.Next(5, 40)),
            UpdatedAt: context.ChangedAt,
            generatedDeleted,
            RefundedAt: refunded ? context.ChangedAt : 0,
            RefundedAmount: refunded ? price - deduction : 0,
            RefundedDeduction: deduction,
            checkedAt,
            context.Partner ? "PTN-T-" + id.ToString(CultureInfo.InvariantCulture) : null);
    }

    private Person GuestFor(long basketId)
    {
        var guestRandom = DeterministicRandom.For(_data.Seed, RandomStream.Guest, basketId);
        return PersonGenerator.Create(basketId, ref guestRandom);
    }

    private long CheckedAt(OrderContext context, bool active, ref DeterministicRandom random)
    {
        var roll = random.NextDouble();
        var offset = random.Next(-45, 21) * TimeMath.Minute;
        if (!active || !context.Flags.HasFlag(OrderFlags.Payed) || context.Show.Start > _data.Anchor || roll >= 0.85)
        {
            return 0;
        }

        return Math.Clamp(context.Show.Start + offset, context.PayedAt, _data.Anchor);
    }

    private static int BasketCount(ref DeterministicRandom random)
    {
        var roll = random.NextDouble();
        for (var i = 0; i < BasketCountWeights.Length; i++)
        {
            roll -= BasketCountWeights[i];
            if (roll < 0)
            {
                return i + 1;
            }
        }

        return BasketCountWeights.Length;
    }

    private static SeatZone PickZone(IReadOnlyList<SeatZone> zones, ref DeterministicRandom random)
    {
        var total = zones.Sum(z => z.Admission ? z.Capacity : z.Rows * z.Places);
        var roll = random.Next(total);
        foreach (var zone in zones)
        {
            roll -= zone.Admission ? zone.Capacity : zone.Rows * zone.Places;
            if (roll < 0)
            {
                return zone;
            }
        }

        return zones[^1];
    }
}
