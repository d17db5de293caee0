using Microsoft.Extensions.Hosting;

namespace Corridor.BuildingBlocks.Security;

/// <summary>
/// Where a service may trust the development signing key instead of an OIDC authority: the local run (Development)
/// and the test hosts (Testing). Anywhere else a missing Auth:Authority stops the service at start, so that a key
/// that reached the configuration by mistake is never trusted.
/// </summary>
public static class DevelopmentKeyEnvironments
{
    public const string Testing = "Testing";

    public static bool Allow(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment(Testing);

    public static void RequireAuthority(AuthOptions options, IHostEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(options.Authority) && !Allow(environment))
        {
            throw new InvalidOperationException(
                $"Auth:Authority is not configured. Outside Development (this is '{environment.EnvironmentName}') a service trusts only " +
                "the tokens of its OIDC authority, never Auth:DevelopmentSigningKey: set Auth:Authority to Identity's URL.");
        }
    }
}
