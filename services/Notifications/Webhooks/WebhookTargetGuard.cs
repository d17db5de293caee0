using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Corridor.Notifications.Webhooks;

/// <summary>
/// Keeps webhooks off internal networks unless <see cref="WebhookOptions.AllowPrivateTargets"/>: checked when an endpoint is
/// registered (a literal address, or every address its host resolves to) and again on every connection (the address
/// actually dialled), so a host that resolves to a public address at registration and to 127.0.0.1 later is still refused.
/// </summary>
public sealed class WebhookTargetGuard(IOptions<WebhookOptions> options)
{
    public async Task<string?> RefusalAsync(Uri url, CancellationToken cancellationToken)
    {
        if (options.Value.AllowPrivateTargets)
        {
            return null;
        }

        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(url.IdnHost, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(url.IdnHost, cancellationToken);
        }
        catch (SocketException ex)
        {
            return $"The host does not resolve ({ex.SocketErrorCode}).";
        }

        return addresses.Length == 0 ? "The host does not resolve."
            : addresses.Any(PrivateAddresses.Contains) ? "Targets on private, loopback, link-local or unique-local addresses are not allowed."
            : null;
    }

    /// <summary>A <see cref="SocketsHttpHandler.ConnectCallback"/> that dials only addresses this guard allows.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = options.Value.AllowPrivateTargets ? addresses : addresses.Where(a => !PrivateAddresses.Contains(a)).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException($"Refused to connect to {host}: it resolves to no address a webhook may target.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
