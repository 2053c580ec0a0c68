using System.Collections.Immutable;

namespace Qtickets.Simulator.Data;

/// <summary>
/// The refund and cancel verb. Refund: baskets get refunded_at = now, refunded_amount (the amount
/// spread over the baskets by price), an entry in the order's refunds. Delete: baskets get deleted_at;
/// when no basket is left the order is deleted too. Either way the order's updated_at becomes now,
/// taken from the injected TimeProvider.
/// </summary>
internal sealed class OrderMutations
{
    private readonly Dataset _data;
    private readonly OrderDetailsGenerator _generator;
    private readonly TimeProvider _time;

    public OrderMutations(Dataset data, OrderDetailsGenerator generator, TimeProvider time)
    {
        _data = data;
        _generator = generator;
        _time = time;
    }

    public OrderDetails Apply(int position, BasketRequest request)
    {
        lock (_data.Overlay.Gate)
        {
            var order = _generator.Generate(position);
            var now = _time.GetUtcNow().ToUnixTimeSeconds();
            var baskets = request.BasketIds.Select(id => Find(order, id)).ToList();
            var existing = _data.Overlay.Get(position);
            var change = existing ?? new OrderChange(_data.Orders.UpdatedAt[position], ImmutableDictionary<int, BasketChange>.Empty, []);
            change = request.Refund ? Refund(order, baskets, request, change, now) : Delete(order, baskets, change, now);
            _data.Orders.UpdatedAt[position] = now;
            _data.Overlay.Set(position, change);
            return _generator.Generate(position);
        }
    }

    private static BasketModel Find(OrderDetails order, long basketId) =>
        order.Baskets.FirstOrDefault(b => b.Id == basketId)
        ?? throw new MutationException(404, $"Basket {basketId} is not in order {order.Id}.");

    private static OrderChange Refund(OrderDetails order, List<BasketModel> baskets, BasketRequest request, OrderChange change, long now)
    {
        if (!order.Payed || order.DeletedAt != 0)
        {
            throw new MutationException(400, $"Order {order.Id} is not paid or is cancelled; nothing to refund.");
        }

        if (baskets.FirstOrDefault(b => !b.IsActive) is { } done)
        {
            throw new MutationException(400, $"Basket {done.Id} is already refunded or deleted.");
        }

        var total = baskets.Sum(b => b.Price);
        var amount = request.Amount ?? (total - (request.DeductionAmount ?? 0));
        if (amount > total || amount < 0)
        {
            throw new MutationException(400, $"The refund amount {amount} exceeds the tickets' price {total}.");
        }

        var updated = change.Baskets;
        var left = amount;
        for (var i = 0; i < baskets.Count; i++)
        {
            var basket = baskets[i];
            var share = i == baskets.Count - 1 ? left : (int)((long)amount * basket.Price / Math.Max(1, total));
            left -= share;
            updated = updated.SetItem(basket.Slot, new BasketChange(0, now, share, basket.Price - share, now));
        }

        var refundId = ((long)order.Id * 4) + 1 + change.Refunds.Count;
        var record = new RefundRecord(refundId, amount, total - amount, now, [.. baskets.Select(b => b.Id)]);
        return change with { Baskets = updated, Refunds = change.Refunds.Add(record) };
    }

    private OrderChange Delete(OrderDetails order, List<BasketModel> baskets, OrderChange change, long now)
    {
        if (baskets.FirstOrDefault(b => b.DeletedAt != 0) is { } deleted)
        {
            throw new MutationException(400, $"Basket {deleted.Id} is already deleted.");
        }

        var updated = change.Baskets;
        foreach (var basket in baskets)
        {
            var previous = updated.GetValueOrDefault(basket.Slot);
            updated = updated.SetItem(basket.Slot, previous is null
                ? new BasketChange(now, 0, 0, 0, now)
                : previous with { DeletedAt = now, UpdatedAt = now });
        }

        var remaining = order.Baskets.Count(b => b.DeletedAt == 0) - baskets.Count;
        if (remaining == 0)
        {
            _data.Orders.DeletedAt[order.Position] = now;
        }

        return change with { Baskets = updated };
    }
}
