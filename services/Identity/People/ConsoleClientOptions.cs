namespace Corridor.Identity.People;

/// <summary>The console: a public client that signs people in with authorization code + PKCE.</summary>
public sealed class ConsoleClientOptions
{
    public string ClientId { get; set; } = "corridor-console";

    public List<string> RedirectUris { get; set; } = [];

    /// <summary>Where sign-out may send the browser back to (post_logout_redirect_uri).</summary>
    public List<string> PostLogoutRedirectUris { get; set; } = [];
}
