using Corridor.Identity.Clients;
using Corridor.Identity.Keys;
using Corridor.Identity.People;
using Corridor.Identity.Throttling;

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

    /// <summary>
    /// The issuer named in tokens and discovery, e.g. the public HTTPS URL behind an ingress. Empty: the URL
    /// the caller used (the local run, where callers and services use the same address).
    /// </summary>
    public Uri? Issuer { get; set; }

    /// <summary>Whether the endpoints refuse plain HTTP. Unset: yes, except in Development.</summary>
    public bool? RequireHttps { get; set; }

    public DataProtectionSettings DataProtection { get; set; } = new();

    /// <summary>Wrong passwords per user name on the sign-in page before it is locked (ADR 0016).</summary>
    public FailedAttemptLimit SignInLockout { get; set; } = new();

    /// <summary>Failed client authentications at the token endpoint before the client or address is refused (ADR 0016).</summary>
    public ClientAuthenticationThrottlingOptions ClientAuthenticationThrottling { get; set; } = new();
}
