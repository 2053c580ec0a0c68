using System.Globalization;
using System.Text;
using Qtickets.Pipeline.Pushed;
using static Qtickets.Pipeline.Tests.Support.CapturedShapes;

namespace Qtickets.Pipeline.Tests.Pushed;

/// <summary>Webhook bodies as QTickets sends them (the order as the API returns it) and a way to push them to a store.</summary>
internal static class PushedOrders
{
    /// <summary>Stores one batch of bodies, all received at <paramref name="receivedAt"/>.</summary>
    public static Task<IReadOnlyList<PushedOrderOutcome>> PushAsync(this PushedOrderStore store, DateTimeOffset receivedAt, params string[] bodies) =>
        store.StoreAsync([.. bodies.Select(body => new PushedOrder(Encoding.UTF8.GetBytes(body), receivedAt))], CancellationToken.None);

    /// <summary>The order with its first basket refunded at <paramref name="at"/> (and its <c>updated_at</c> moved there).</summary>
    public static string RefundFirstBasket(long id, DateTimeOffset at, DateTimeOffset? payedAt = null, params string[] prices)
    {
        var order = Order(id, payedAt: payedAt, updatedAt: at, prices: prices);
        var first = order.IndexOf("\"refunded_at\":null", StringComparison.Ordinal);
        return string.Concat(order.AsSpan(0, first), $"\"refunded_at\":\"{Stamp(at)}\"", order.AsSpan(first + "\"refunded_at\":null".Length));
    }

    /// <summary>The order cancelled at <paramref name="at"/> (<c>deleted_at</c> and <c>updated_at</c> there, <c>payed</c> kept).</summary>
    public static string Cancelled(long id, DateTimeOffset at) => Order(id, deletedAt: Stamp(at), updatedAt: at);

    public static string OrderId(long id) => id.ToString(CultureInfo.InvariantCulture);
}
