using System.Net;
using System.Net.Sockets;

namespace Corridor.TestKit;

/// <summary>
/// Hands out TCP ports that are free on 127.0.0.1, each at most once per process.
/// </summary>
/// <remarks>
/// Ports come from below the kernel's ephemeral range: a port the kernel handed out for a probe
/// (bind to port 0) is one it may hand to the next outgoing connection of any process, and with
/// several test assemblies making thousands of HTTP calls at once that did happen ("address already
/// in use" when a test host bound its port). Each process starts at a random point of the range so
/// that parallel test processes rarely probe the same ports.
/// </remarks>
public static class FreePorts
{
    private const int FirstPort = 10_000;
    private static readonly HashSet<int> HandedOut = [];
    private static readonly Lock Gate = new();
    private static readonly int EndPort = EphemeralRangeStart();
    private static int _next = FirstPort + Random.Shared.Next(EndPort - FirstPort);

    /// <summary>The first port of the kernel's range for outgoing connections; no port handed out reaches it.</summary>
    public static int EphemeralStart => EndPort;

    /// <summary>Returns a TCP port that is currently free on 127.0.0.1.</summary>
    public static int Next() => Next(1)[0];

    /// <summary>Returns <paramref name="count"/> distinct TCP ports that are currently free on 127.0.0.1.</summary>
    /// <param name="count">How many ports to return (at least one).</param>
    public static int[] Next(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        lock (Gate)
        {
            var ports = new int[count];
            for (var i = 0; i < count; i++)
            {
                ports[i] = NextUnused();
            }

            return ports;
        }
    }

    private static int NextUnused()
    {
        for (var attempt = 0; attempt < EndPort - FirstPort; attempt++)
        {
            var port = _next;
            _next = _next + 1 < EndPort ? _next + 1 : FirstPort;
            if (!HandedOut.Contains(port) && IsFree(port))
            {
                HandedOut.Add(port);
                return port;
            }
        }

        throw new InvalidOperationException($"No free TCP port on 127.0.0.1 between {FirstPort} and {EndPort} that was not handed out before.");
    }

    private static bool IsFree(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        finally
        {
            listener.Stop();
        }
    }

    // Linux publishes the range; elsewhere 32768 is the lowest start in common use (Linux's default;
    // Windows and macOS start at 49152).
    private static int EphemeralRangeStart()
    {
        const string RangeFile = "/proc/sys/net/ipv4/ip_local_port_range";
        if (File.Exists(RangeFile)
            && int.TryParse(File.ReadAllText(RangeFile).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0], out var start)
            && start > FirstPort + 1_000)
        {
            return start;
        }

        return 32_768;
    }
}
