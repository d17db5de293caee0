namespace Corridor.BuildingBlocks.Security;

public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>OIDC authority whose signing keys are trusted (production). Empty: the development key is used.</summary>
    public string? Authority { get; set; }

    /// <summary>Whether the authority's metadata must come over HTTPS. Unset: yes, except in Development.</summary>
    public bool? RequireHttpsMetadata { get; set; }

    /// <summary>
    /// Token issuers accepted besides the authority's own: the public URL of Identity when this service
    /// reaches it at an internal address (Identity then names the URL the caller used).
    /// </summary>
    public List<string> ValidIssuers { get; set; } = [];

    public string Audience { get; set; } = "corridor";

    public string Issuer { get; set; } = "corridor-dev";

    /// <summary>This service's scope prefix ("lists" → lists.read / lists.write); defaults to the service name.</summary>
    public string? Scope { get; set; }

    /// <summary>Symmetric key for locally issued development tokens (at least 32 bytes). Never set in production.</summary>
    public string? DevelopmentSigningKey { get; set; }
}
