using System.Net;
using System.Net.Sockets;

namespace Corridor.TestKit;

/// <summary>
/// Hands out TCP ports that are free on 127.0.0.1, each at most once per process.
/// </summary>
/// <remarks>
/// A port is found by binding a listener to 127.0.0.1:0 and releasing it, so another process may
/// still take it before the caller binds it; callers that start servers should be ready to retry.
/// </remarks>
public static class FreePorts
{
    private static readonly HashSet<int> HandedOut = [];
    private static readonly Lock Gate = new();

    /// <summary>Returns a TCP port that is currently free on 127.0.0.1.</summary>
    public static int Next() => Next(1)[0];

    /// <summary>Returns <paramref name="count"/> distinct TCP ports that are currently free on 127.0.0.1.</summary>
    /// <param name="count">How many ports to return (at least one).</param>
    public static int[] Next(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);

        var listeners = new List<TcpListener>(count);
        try
        {
            lock (Gate)
            {
                var ports = new int[count];
                for (var i = 0; i < count; i++)
                {
                    ports[i] = BindUnused(listeners);
                }

                return ports;
            }
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
            }
        }
    }

    // Keeps every probe listener open until all ports are chosen, so the ports are distinct.
    private static int BindUnused(List<TcpListener> listeners)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            listeners.Add(listener);
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            if (HandedOut.Add(port))
            {
                return port;
            }
        }

        throw new InvalidOperationException("Could not find a free TCP port on 127.0.0.1 that was not handed out before.");
    }
}
