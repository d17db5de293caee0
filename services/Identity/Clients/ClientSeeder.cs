using System.Text.Json;
using Corridor.BuildingBlocks.Reference;
using Corridor.Identity.People;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Corridor.Identity.Clients;

/// <summary>
/// Makes the stored applications match <c>Identity:Clients</c>: creates missing clients, updates existing
/// ones (secret, scopes, region, organ) and removes seeded clients that are no longer configured.
/// </summary>
internal sealed class ClientSeeder(IOpenIddictApplicationManager applications, IdentityOptions options, ILogger<ClientSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var errors = ClientRegistrationRules.Check(options.Clients);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Invalid client configuration:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }

        foreach (var client in options.Clients)
        {
            var descriptor = Describe(client);
            var existing = await applications.FindByClientIdAsync(client.ClientId, cancellationToken);
            if (existing is null)
            {
                await applications.CreateAsync(descriptor, cancellationToken);
                logger.LogInformation("Created client {ClientId} for region {Region}", client.ClientId, client.RegionCode);
            }
            else
            {
                await applications.UpdateAsync(existing, descriptor, cancellationToken);
            }
        }

        if (options.Console.RedirectUris.Count > 0)
        {
            var console = DescribeConsole(options.Console);
            var existing = await applications.FindByClientIdAsync(options.Console.ClientId, cancellationToken);
            if (existing is null)
            {
                await applications.CreateAsync(console, cancellationToken);
            }
            else
            {
                await applications.UpdateAsync(existing, console, cancellationToken);
            }
        }

        var configured = options.Clients.Select(c => c.ClientId).ToHashSet(StringComparer.Ordinal);
        if (options.Console.RedirectUris.Count > 0)
        {
            configured.Add(options.Console.ClientId);
        }

        var stale = new List<object>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            var properties = await applications.GetPropertiesAsync(application, cancellationToken);
            var clientId = await applications.GetClientIdAsync(application, cancellationToken);
            if (properties.ContainsKey(ClientClaims.SeededProperty) && !configured.Contains(clientId ?? ""))
            {
                stale.Add(application);
            }
        }

        foreach (var application in stale)
        {
            logger.LogWarning("Removing client {ClientId}: no longer configured", await applications.GetClientIdAsync(application, cancellationToken));
            await applications.DeleteAsync(application, cancellationToken);
        }
    }

    // A public client: the console cannot keep a secret, so PKCE binds each code to the browser that asked for it.
    private static OpenIddictApplicationDescriptor DescribeConsole(ConsoleClientOptions console)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = console.ClientId,
            ClientType = ClientTypes.Public,
            DisplayName = "Corridor console",
        };
        foreach (var uri in console.RedirectUris)
        {
            descriptor.RedirectUris.Add(new Uri(uri, UriKind.Absolute));
        }

        foreach (var uri in console.PostLogoutRedirectUris)
        {
            descriptor.PostLogoutRedirectUris.Add(new Uri(uri, UriKind.Absolute));
        }

        descriptor.Permissions.Add(Permissions.Endpoints.Authorization);
        descriptor.Permissions.Add(Permissions.Endpoints.Token);
        descriptor.Permissions.Add(Permissions.Endpoints.EndSession);
        descriptor.Permissions.Add(Permissions.GrantTypes.AuthorizationCode);
        descriptor.Permissions.Add(Permissions.GrantTypes.RefreshToken);
        descriptor.Permissions.Add(Permissions.ResponseTypes.Code);
        foreach (var scope in CorridorScopes.All.Append(Scopes.OfflineAccess))
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        descriptor.Properties[ClientClaims.SeededProperty] = JsonSerializer.SerializeToElement(true);
        return descriptor;
    }

    private static OpenIddictApplicationDescriptor Describe(ClientRegistration client)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = client.ClientSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = $"{CorridorRegions.Find(client.RegionCode)?.EnglishName ?? client.RegionCode} sync client",
        };
        descriptor.Permissions.Add(Permissions.Endpoints.Token);
        descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
        foreach (var scope in client.Scopes.Distinct(StringComparer.Ordinal))
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        descriptor.Properties[ClientClaims.RegionProperty] = JsonSerializer.SerializeToElement(client.RegionCode);
        descriptor.Properties[ClientClaims.OrganProperty] = JsonSerializer.SerializeToElement(client.OrganId);
        descriptor.Properties[ClientClaims.SeededProperty] = JsonSerializer.SerializeToElement(true);
        return descriptor;
    }
}
