using System.Net.Mail;
using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Reference;
using Corridor.BuildingBlocks.Security;

namespace Corridor.Identity.People;

/// <summary>What a configured (seeded) person must satisfy; the service refuses to start otherwise.</summary>
public static class UserRegistrationRules
{
    private const int MaxEmailLength = 256;

    private static readonly string[] PersonRoles = [CorridorRoles.Member, CorridorRoles.Coordinator, CorridorRoles.Secretariat];

    public static IReadOnlyList<string> Check(IReadOnlyList<UserRegistration> users)
    {
        var errors = new List<string>();
        for (var i = 0; i < users.Count; i++)
        {
            var user = users[i];
            var at = $"Identity:Users:{i}";
            if (string.IsNullOrWhiteSpace(user.UserName))
            {
                errors.Add($"{at}:UserName is required.");
            }

            if (!PasswordHashFormat.IsV3(user.PasswordHash))
            {
                errors.Add($"{at}:PasswordHash must be a PasswordHasher V3 hash (at least {PasswordHashFormat.MinimumIterations} iterations), never the password itself.");
            }

            // Only the form is checked here: whether the region is a member is the directory's to say when the
            // user acts, so a region that joins through the Directory gets its users with no release.
            if (!RegionCodes.IsWellFormed(user.RegionCode))
            {
                errors.Add($"{at}:RegionCode '{user.RegionCode}' is not a GB/T 2260 region code.");
            }

            if (!UnifiedSocialCreditCode.IsValid(user.OrganId))
            {
                errors.Add($"{at}:OrganId '{user.OrganId}' is not a valid unified social credit code.");
            }

            if (user.Email is { Length: > 0 } email && !IsMailAddress(email))
            {
                errors.Add($"{at}:Email '{email}' is not an e-mail address.");
            }

            if (!user.Roles.Contains(CorridorRoles.Member))
            {
                errors.Add($"{at}:Roles must include '{CorridorRoles.Member}'.");
            }

            errors.AddRange(user.Roles.Where(r => !PersonRoles.Contains(r)).Select(r => $"{at}:Roles: '{r}' is not a role for people."));
            if (user.Roles.Contains(CorridorRoles.Secretariat) && user.RegionCode != CorridorRegions.SecretariatRegion)
            {
                errors.Add($"{at}: the secretariat sits in region {CorridorRegions.SecretariatRegion}.");
            }
        }

        errors.AddRange(users.GroupBy(u => u.UserName, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => $"Identity:Users: user name '{g.Key}' is configured more than once."));
        return errors;
    }

    // A bare address only (no display name, no comment), short enough for the column Identity stores it in.
    private static bool IsMailAddress(string email) =>
        email.Length <= MaxEmailLength && MailAddress.TryCreate(email, out var address) && address.Address == email;
}
