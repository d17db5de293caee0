namespace Corridor.BuildingBlocks.Security;

/// <summary>Claim types carried in every Corridor token.</summary>
public static class CorridorClaims
{
    /// <summary>GB/T 2260 code of the caller's region.</summary>
    public const string Region = "region";

    /// <summary>Unified social credit code (or conference-issued id) of the caller's organ.</summary>
    public const string Organ = "organ";

    public const string Role = "role";

    /// <summary>The granted scopes, space-separated (RFC 9068).</summary>
    public const string Scope = "scope";

    /// <summary>The scopes as some providers name the claim.</summary>
    public const string ScopeShort = "scp";

    /// <summary>The OAuth client the token was issued to (RFC 9068).</summary>
    public const string ClientId = "client_id";

    /// <summary>The client as OpenID Connect names it when client_id is absent.</summary>
    public const string AuthorizedParty = "azp";
}
