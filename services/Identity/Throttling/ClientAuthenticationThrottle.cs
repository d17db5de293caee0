using System.Net;

namespace Corridor.Identity.Throttling;

/// <summary>Failed client authentications at the token endpoint, per client id and per remote address (Identity:ClientAuthenticationThrottling).</summary>
internal sealed class ClientAuthenticationThrottle(IdentityOptions options, TimeProvider time)
{
    private readonly FailedAttempts _clients = new(options.ClientAuthenticationThrottling.PerClient, time);
    private readonly FailedAttempts _addresses = new(options.ClientAuthenticationThrottling.PerAddress, time);

    /// <summary>How long requests naming this client, or coming from this address, are refused; null when they are not.</summary>
    public TimeSpan? ThrottledFor(string? clientId, IPAddress? address)
    {
        var client = string.IsNullOrEmpty(clientId) ? null : _clients.LockedFor(clientId);
        var from = address is null ? null : _addresses.LockedFor(address.ToString());
        return client > from || from is null ? client : from;
    }

    public void RecordFailure(string? clientId, IPAddress? address)
    {
        if (!string.IsNullOrEmpty(clientId))
        {
            _clients.RecordFailure(clientId);
        }

        if (address is not null)
        {
            _addresses.RecordFailure(address.ToString());
        }
    }
}
