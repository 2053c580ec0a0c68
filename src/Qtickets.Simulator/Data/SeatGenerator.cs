namespace Qtickets.Simulator.Data;

/// <summary>
/// Seat availability of a show at the anchor. Sales progress with the sale period (past shows are
/// 60-98% sold and closed); about 2% of seated places are disabled (technical seats, which keep
/// free_quantity 1 but are not available). Availability is synthetic: it is not reconciled with orders.
/// </summary>
internal static class SeatGenerator
{
    public static IReadOnlyList<SeatRecord> Generate(Dataset data, ShowModel show)
    {
        var model = data.Events[show.EventIndex];
        var random = DeterministicRandom.For(data.Seed, RandomStream.Seats, show.Id);
        var soldShare = SoldShare(data.Anchor, show, ref random);
        var onSale = show.IsActive && !model.IsDeleted && show.SaleStart <= data.Anchor && data.Anchor < show.Start;
        var seats = new List<SeatRecord>();
        foreach (var zone in model.Zones)
        {
            if (zone.Admission)
            {
                seats.Add(AdmissionRecord(zone, soldShare, onSale, ref random));
                continue;
            }

            for (var row = 1; row <= zone.Rows; row++)
            {
                for (var place = 1; place <= zone.Places; place++)
                {
                    seats.Add(SeatedRecord(zone, row, place, soldShare, onSale, ref random));
                }
            }
        }

        return seats;
    }

    private static double SoldShare(long anchor, ShowModel show, ref DeterministicRandom random)
    {
        var level = random.NextDouble();
        if (show.Start <= anchor)
        {
            return 0.6 + (0.38 * level);
        }

        if (show.SaleStart >= anchor)
        {
            return 0;
        }

        var progress = (anchor - show.SaleStart) / (double)Math.Max(1, show.Start - show.SaleStart);
        return (0.1 + (0.8 * level)) * Math.Pow(Math.Clamp(progress, 0, 1), 0.7);
    }

    private static SeatRecord AdmissionRecord(SeatZone zone, double soldShare, bool onSale, ref DeterministicRandom random)
    {
        var sold = (int)Math.Round(zone.Capacity * soldShare);
        var reserved = Math.Min(sold, random.Next(0, 4));
        var free = zone.Capacity - sold;
        return new SeatRecord(zone, 1, 1, zone.Capacity, free, sold, sold - reserved, onSale && free > 0, Disabled: false);
    }

    private static SeatRecord SeatedRecord(SeatZone zone, int row, int place, double soldShare, bool onSale, ref DeterministicRandom random)
    {
        if (random.Chance(0.02))
        {
            return new SeatRecord(zone, row, place, 1, 1, 0, 0, Available: false, Disabled: true);
        }

        if (random.Chance(soldShare))
        {
            var payed = random.Chance(0.95) ? 1 : 0;
            return new SeatRecord(zone, row, place, 1, 0, 1, payed, Available: false, Disabled: false);
        }

        return new SeatRecord(zone, row, place, 1, 1, 0, 0, onSale, Disabled: false);
    }
}
