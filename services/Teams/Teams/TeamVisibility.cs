using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;

namespace Corridor.Teams.Teams;

/// <summary>
/// Who sees what of a team: every member of the conference sees the team, its deployments and its figures;
/// the roster and the audit trail are shown to the owning region and to coordinators and the secretariat; member
/// details beyond name and role (organ, party membership, dates, the phone number unmasked) only to the owning region.
/// The change feed follows the same rule: others get a team's entries without its members (<c>TeamRosterFilter</c>).
/// </summary>
public static class TeamVisibility
{
    public static bool SeesMemberDetails(Team team, CallerIdentity caller) => team.IsManagedBy(caller);

    public static bool SeesRoster(Team team, CallerIdentity caller) => SeesRoster(team.RegionCode, caller);

    /// <summary>The one roster rule, for the roster and history queries and for the change feed's team entries alike.</summary>
    public static bool SeesRoster(string teamRegion, CallerIdentity caller) =>
        caller.Region == teamRegion || caller.IsCoordinator || caller.IsSecretariat;

    public static void EnsureSeesRoster(Team team, CallerIdentity caller)
    {
        if (!SeesRoster(team, caller))
        {
            throw new ForbiddenException(
                "team.roster-not-visible", $"The roster and history of a team are shown to its owning region {team.RegionCode}, coordinators and the secretariat.");
        }
    }
}
