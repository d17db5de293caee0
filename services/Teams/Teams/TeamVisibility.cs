using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;

namespace Corridor.Teams.Teams;

/// <summary>
/// Who sees what of a team: every member of the conference sees the team, its deployments and its figures;
/// the roster and the audit trail are shown to the owning region and to coordinators and the secretariat; member
/// details beyond name and role (organ, party membership, dates, the phone number unmasked) only to the owning region.
/// </summary>
public static class TeamVisibility
{
    public static bool SeesMemberDetails(Team team, CallerIdentity caller) => team.IsManagedBy(caller);

    public static bool SeesRoster(Team team, CallerIdentity caller) =>
        team.IsManagedBy(caller) || caller.IsCoordinator || caller.IsSecretariat;

    public static void EnsureSeesRoster(Team team, CallerIdentity caller)
    {
        if (!SeesRoster(team, caller))
        {
            throw new ForbiddenException(
                "team.roster-not-visible", $"The roster and history of a team are shown to its owning region {team.RegionCode}, coordinators and the secretariat.");
        }
    }
}
