using System.Security.Cryptography;
using System.Text;

namespace Qtickets.Webhooks.Http;

/// <summary>
/// Checks <c>X-Signature</c>: hex HMAC-SHA1 of the raw body with the shared secret. The comparison takes the same
/// time wherever the first wrong byte is (<see cref="CryptographicOperations.FixedTimeEquals"/>), so timing tells an
/// attacker nothing about the right signature.
/// </summary>
internal sealed class WebhookSignature
{
    private const int HashBytes = 20;
    private readonly byte[] _key;

    public WebhookSignature(string secret)
    {
        _key = Encoding.UTF8.GetBytes(secret);
    }

    /// <summary>True when <paramref name="header"/> is the signature of <paramref name="body"/> (hex, either case).</summary>
    public bool IsValid(ReadOnlySpan<byte> body, string? header)
    {
        var text = header.AsSpan().Trim();
        Span<byte> claimed = stackalloc byte[HashBytes];
        if (text.Length != HashBytes * 2 || Convert.FromHexString(text, claimed, out _, out var written) != System.Buffers.OperationStatus.Done || written != HashBytes)
        {
            return false;
        }

        Span<byte> actual = stackalloc byte[HashBytes];
        HMACSHA1.HashData(_key, body, actual);
        return CryptographicOperations.FixedTimeEquals(actual, claimed);
    }
}
