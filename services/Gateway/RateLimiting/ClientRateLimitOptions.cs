namespace Corridor.Gateway.RateLimiting;

/// <summary>
/// Requests each caller may make per window. A caller is the token's subject (a person, or a sync client whose
/// subject is its client id), else its client (client_id); requests without a valid token share a limit per remote address.
/// </summary>
public sealed class ClientRateLimitOptions
{
    public const string Section = "Gateway:RateLimits";

    public int PermitsPerWindow { get; set; } = 600;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Per-caller permits that differ from the default, keyed by subject (or client id for a token without one).</summary>
    public Dictionary<string, int> Clients { get; set; } = new(StringComparer.Ordinal);

    public int PermitsFor(string client) => Clients.TryGetValue(client, out var permits) ? permits : PermitsPerWindow;
}
