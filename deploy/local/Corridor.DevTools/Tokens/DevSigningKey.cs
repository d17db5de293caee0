namespace Corridor.DevTools.Tokens;

public static class DevSigningKey
{
    /// <summary>The services' Auth:DevelopmentSigningKey in appsettings.Development.json: local use only.</summary>
    public const string Default = "corridor-local-development-signing-key-not-for-production";
}
