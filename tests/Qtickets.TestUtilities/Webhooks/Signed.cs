using System.Security.Cryptography;
using System.Text;

namespace Qtickets.TestUtilities.Webhooks;

/// <summary>Bodies and signatures as QTickets makes them: lower-case hex HMAC-SHA1 of the raw body.</summary>
public static class Signed
{
    public const string Secret = "listener-test-secret-7f3a";

    public static string Signature(byte[] body, string secret = Secret) =>
        Convert.ToHexStringLower(HMACSHA1.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>A small order-like JSON object with a unique marker, so tests can tell bodies apart.</summary>
    public static byte[] Order(long id, string marker = "") =>
        Encoding.UTF8.GetBytes($$"""{"id":{{id}},"payed":true,"marker":"{{marker}}","baskets":[]}""");
}
