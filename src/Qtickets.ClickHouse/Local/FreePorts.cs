using System.Net;
using System.Net.Sockets;

namespace Qtickets.ClickHouse.Local;

/// <summary>
/// Loopback ports: whether one is free, and a free one chosen by the operating system (for the local ClickHouse, and
/// for tests and benchmarks that must name a port before the server on it starts).
/// </summary>
public static class FreePorts
{
    /// <summary>True when a listener can bind <paramref name="port"/> on 127.0.0.1 now.</summary>
    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>A free port other than <paramref name="taken"/> (the OS hands out ephemeral ports in turn).</summary>
    public static int Pick(IReadOnlyCollection<int> taken)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            if (!taken.Contains(port))
            {
                return port;
            }
        }

        throw new LocalClickHouseException("no free loopback port found");
    }
}
