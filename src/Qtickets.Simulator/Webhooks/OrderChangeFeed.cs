using System.Buffers;
using System.Text.Json;
using Qtickets.Simulator.Data;
using Qtickets.Simulator.Json;

namespace Qtickets.Simulator.Webhooks;

/// <summary>
/// Turns an order change into a webhook: the body is the order exactly as <c>GET /orders/{id}</c> returns it in
/// <c>data</c> (the same writer, the same options), taken from the snapshot the change produced.
/// Without webhook options it does nothing.
/// </summary>
internal sealed class OrderChangeFeed
{
    private readonly WebhookDispatcher? _dispatcher;

    public OrderChangeFeed(WebhookDispatcher? dispatcher)
    {
        _dispatcher = dispatcher;
    }

    public void Publish(OrderDetails order, string eventType)
    {
        if (_dispatcher is null)
        {
            return;
        }

        _dispatcher.TryEnqueue(eventType, order.Id, Serialize(order));
    }

    public static byte[] Serialize(OrderDetails order)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonFormat.WriterOptions))
        {
            OrderJsonWriter.Write(writer, order);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
