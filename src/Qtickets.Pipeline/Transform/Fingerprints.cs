using System.Security.Cryptography;
using System.Text;

namespace Qtickets.Pipeline.Transform;

/// <summary>Hashes the data contract names: MD5 for dedup keys, SHA-256 for buyer identities.</summary>
public static class Fingerprints
{
    /// <summary>Lower-case hex MD5 of <paramref name="key"/>: the <c>_dedup_key</c> of a row (the same as ClickHouse's <c>lower(hex(MD5(key)))</c>).</summary>
    public static string DedupKey(string key) =>
        Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Lower-case hex SHA-256 of the trimmed, lower-cased e-mail; empty when there is no e-mail.</summary>
    public static string BuyerHash(string? email)
    {
        var normalized = email?.Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(normalized)
            ? string.Empty
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}
