using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Qtickets.Simulator.Http;

internal static class BearerAuth
{
    public static bool IsValid(HttpRequest request, string token)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var presented = Encoding.UTF8.GetBytes(header[scheme.Length..].Trim());
        return CryptographicOperations.FixedTimeEquals(presented, Encoding.UTF8.GetBytes(token));
    }
}
