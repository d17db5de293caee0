using Corridor.Identity.Clients;
using Corridor.Identity.People;

namespace Corridor.Identity;

public sealed class IdentityOptions
{
    public const string Section = "Identity";

    public List<ClientRegistration> Clients { get; set; } = [];

    public List<UserRegistration> Users { get; set; } = [];

    public ConsoleClientOptions Console { get; set; } = new();

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a person's refresh token (scope offline_access) stays valid; each refresh starts it again.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>How long a redeemed refresh token still works, for a console that refreshes twice at once.</summary>
    public TimeSpan RefreshTokenReuseLeeway { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Where the Data Protection keys that protect the stored private keys live. Empty: next to the database.</summary>
    public string? DataProtectionKeysDirectory { get; set; }
}
