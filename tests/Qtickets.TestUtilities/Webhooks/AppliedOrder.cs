using System.Text;
using Qtickets.Webhooks;

namespace Qtickets.TestUtilities.Webhooks;

/// <summary>What the in-memory applier was given for one item, with its body copied (the listener's buffer is only lent).</summary>
public sealed record AppliedOrder(byte[] Body, OrderEventType EventType, DateTimeOffset ReceivedAt)
{
    public string Text => Encoding.UTF8.GetString(Body);
}
