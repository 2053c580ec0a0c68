using System.Text;

namespace Qtickets.Simulator.Tests.Support;

/// <summary>One POST a <see cref="WebhookReceiver"/> got: its headers (names lower case) and raw body.</summary>
public sealed record ReceivedWebhook(int Attempt, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string Text => Encoding.UTF8.GetString(Body);

    public string Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : string.Empty;
}
