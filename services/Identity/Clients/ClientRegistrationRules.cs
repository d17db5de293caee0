using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Domain;

namespace Corridor.Identity.Clients;

/// <summary>What a configured client must satisfy; the service refuses to start otherwise.</summary>
public static class ClientRegistrationRules
{
    public const int MinimumSecretLength = 24;

    public static IReadOnlyList<string> Check(IReadOnlyList<ClientRegistration> clients)
    {
        var errors = new List<string>();
        for (var i = 0; i < clients.Count; i++)
        {
            var client = clients[i];
            var at = $"Identity:Clients:{i}";
            if (string.IsNullOrWhiteSpace(client.ClientId))
            {
                errors.Add($"{at}:ClientId is required.");
            }

            if (client.ClientSecret.Length < MinimumSecretLength)
            {
                errors.Add($"{at}:ClientSecret must be at least {MinimumSecretLength} characters.");
            }

            // Only the form is checked here: whether the region is a member is the directory's to say when the
            // client acts, so a region that joins through the Directory gets its clients with no release.
            if (!RegionCodes.IsWellFormed(client.RegionCode))
            {
                errors.Add($"{at}:RegionCode '{client.RegionCode}' is not a GB/T 2260 region code.");
            }

            if (!UnifiedSocialCreditCode.IsValid(client.OrganId))
            {
                errors.Add($"{at}:OrganId '{client.OrganId}' is not a valid unified social credit code.");
            }

            if (client.Scopes.Count == 0)
            {
                errors.Add($"{at}:Scopes must name at least one scope.");
            }

            errors.AddRange(client.Scopes.Where(s => !CorridorScopes.All.Contains(s)).Select(s => $"{at}:Scopes: '{s}' is not a Corridor scope."));
        }

        errors.AddRange(clients.GroupBy(c => c.ClientId, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"Identity:Clients: client id '{g.Key}' is configured more than once."));
        errors.AddRange(clients.GroupBy(c => c.RegionCode, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"Identity:Clients: region '{g.Key}' has more than one client."));
        return errors;
    }
}
