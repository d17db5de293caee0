namespace Corridor.Identity.Keys;

public enum KeyUse
{
    /// <summary>Signs tokens; published in the JWKS.</summary>
    Signing,

    /// <summary>Encrypts OpenIddict's own tokens (codes, refresh tokens); never published. Access tokens stay plain JWTs.</summary>
    Encryption,
}
