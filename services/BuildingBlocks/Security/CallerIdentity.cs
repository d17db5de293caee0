using System.Security.Claims;

namespace Corridor.BuildingBlocks.Security;

/// <summary>Who is calling: subject, region, organ and roles, read from the token.</summary>
public sealed record CallerIdentity(string Subject, string Region, string Organ, IReadOnlyList<string> Roles)
{
    public bool IsSecretariat => Roles.Contains(CorridorRoles.Secretariat);

    public bool IsCoordinator => Roles.Contains(CorridorRoles.Coordinator);

    public bool HasRole(string role) => Roles.Contains(role);

    public static CallerIdentity From(ClaimsPrincipal user) => new(
        user.FindFirstValue("sub") ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.FindFirstValue(CorridorClaims.Region) ?? "",
        user.FindFirstValue(CorridorClaims.Organ) ?? "",
        user.FindAll(CorridorClaims.Role).Select(c => c.Value).ToArray());
}
