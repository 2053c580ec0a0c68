namespace Qtickets.Simulator.Data;

/// <summary>
/// Builds the order index: ids ascending in created_at order over the 365 days before the anchor,
/// a fixed handful of orders in the last two hours whatever the size, about 80% paid within the
/// 30-minute reservation, expired reservations deleted, and some paid orders later cancelled or
/// refunded (those changes move updated_at).
/// </summary>
internal static class OrderIndexBuilder
{
    public const int FirstOrderId = 100_000;
    public const long ReservationSeconds = 30 * TimeMath.Minute;
    public const int HistoryDays = 365;
    public const long RecentWindow = 2 * TimeMath.Hour;
    public const double PaidShare = 0.8;
    public const double CancelAfterPaymentShare = 0.03;
    public const double RefundAfterPaymentShare = 0.05;
    public const double ExpiredShareOfUnpaid = 0.85;

    public static OrderIndex Build(int seed, long anchor, int count, ShowPicker picker)
    {
        var index = new OrderIndex(count);
        var historyStart = anchor - (HistoryDays * TimeMath.Day);
        var timeline = new HistoryTimeline(historyStart, anchor - RecentWindow);
        var recent = RecentCount(count);
        var main = count - recent;
        var id = FirstOrderId;
        var previous = long.MinValue;
        for (var i = 0; i < count; i++)
        {
            var random = DeterministicRandom.For(seed, RandomStream.OrderIndex, i);
            id += NextGap(ref random);
            var jitter = random.NextDouble();
            var created = i < main
                ? timeline.At((i + jitter) / main)
                : anchor - RecentWindow + (long)((i - main + jitter) / recent * (RecentWindow - TimeMath.Minute));
            created = Math.Max(created, previous);
            previous = created;
            index.Ids[i] = id;
            index.CreatedAt[i] = created;
            index.ShowIndex[i] = picker.Pick(created, ref random);
            SetState(index, i, created, anchor, ref random);
        }

        return index;
    }

    /// <summary>Orders placed in the last two hours: the uniform share, but never fewer than four.</summary>
    public static int RecentCount(int count) =>
        Math.Min(count, Math.Max(4, (int)Math.Ceiling(count * (double)RecentWindow / (HistoryDays * TimeMath.Day))));

    private static int NextGap(ref DeterministicRandom random)
    {
        var roll = random.NextDouble();
        return roll < 0.85 ? 1 : roll < 0.95 ? 2 : random.Next(3, 6);
    }

    private static void SetState(OrderIndex index, int i, long created, long anchor, ref DeterministicRandom random)
    {
        var payDelay = random.Next(20, 25 * 60);
        var wantsToPay = random.Chance(PaidShare);
        var reservedTo = created + ReservationSeconds;
        index.UpdatedAt[i] = created;
        if (wantsToPay && created + payDelay <= anchor)
        {
            SetPaid(index, i, created + payDelay, anchor, ref random);
        }
        else if (!wantsToPay && reservedTo <= anchor)
        {
            if (random.Chance(ExpiredShareOfUnpaid))
            {
                index.Flags[i] = OrderFlags.Expired;
                index.DeletedAt[i] = reservedTo;
                index.UpdatedAt[i] = reservedTo;
            }
            else
            {
                index.UpdatedAt[i] = created + random.Next(1, 60);
            }
        }
    }

    private static void SetPaid(OrderIndex index, int i, long payedAt, long anchor, ref DeterministicRandom random)
    {
        index.Flags[i] = OrderFlags.Payed;
        index.PayedAt[i] = payedAt;
        index.UpdatedAt[i] = payedAt;
        var roll = random.NextDouble();
        var changedAt = payedAt + TimeMath.Hour + (long)(Math.Pow(random.NextDouble(), 2) * 60 * TimeMath.Day);
        if (changedAt > anchor)
        {
            return;
        }

        if (roll < CancelAfterPaymentShare)
        {
            index.Flags[i] |= OrderFlags.CancelledAfterPayment;
            index.DeletedAt[i] = changedAt;
            index.UpdatedAt[i] = changedAt;
        }
        else if (roll < CancelAfterPaymentShare + RefundAfterPaymentShare)
        {
            index.Flags[i] |= OrderFlags.Refunded;
            index.UpdatedAt[i] = changedAt;
        }
    }
}
