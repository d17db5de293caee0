namespace Corridor.Gateway.RateLimiting;

/// <summary>
/// Requests each client may make per window. A client is the token's client (client_id), else its
/// subject; requests without a valid token share a limit per remote address.
/// </summary>
public sealed class ClientRateLimitOptions
{
    public const string Section = "Gateway:RateLimits";

    public int PermitsPerWindow { get; set; } = 600;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Per-client permits that differ from the default, keyed by client id or subject.</summary>
    public Dictionary<string, int> Clients { get; set; } = new(StringComparer.Ordinal);

    public int PermitsFor(string client) => Clients.TryGetValue(client, out var permits) ? permits : PermitsPerWindow;
}
