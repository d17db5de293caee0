using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Identity.People.Api;

/// <summary>
/// Who manages whom. The secretariat and admins manage the people of every region, a coordinator those of their own
/// region (<see cref="ManagedRegion"/>: their organ's region in the directory). Each may grant only some roles — a coordinator <c>member</c>; the secretariat also <c>coordinator</c>; an admin
/// every role — and manages only people whose roles all lie within what they may grant, so nobody resets, locks or
/// demotes someone above them.
/// </summary>
internal static class PeopleAuthority
{
    public static readonly string[] ManagerRoles = [CorridorRoles.Coordinator, CorridorRoles.Secretariat, CorridorRoles.Admin];

    public static IReadOnlySet<string> Grantable(CallerIdentity caller) =>
        caller.HasRole(CorridorRoles.Admin) ? new HashSet<string>([CorridorRoles.Member, CorridorRoles.Coordinator, CorridorRoles.Secretariat, CorridorRoles.Admin])
        : caller.IsSecretariat ? new HashSet<string>([CorridorRoles.Member, CorridorRoles.Coordinator])
        : caller.IsCoordinator ? new HashSet<string>([CorridorRoles.Member])
        : new HashSet<string>();

    public static bool SeesEveryRegion(CallerIdentity caller) => caller.HasRole(CorridorRoles.Admin) || caller.IsSecretariat;

    /// <summary>The caller may change a person with these roles: none the caller could not grant (the region is <see cref="ManagedRegion"/>'s).</summary>
    public static void EnsureAbove(CallerIdentity caller, IEnumerable<string> roles)
    {
        var above = roles.Where(r => !Grantable(caller).Contains(r)).ToArray();
        if (above.Length > 0)
        {
            throw new ForbiddenException("person.above-caller", $"This person holds roles you may not grant ({string.Join(", ", above)}).");
        }
    }

    public static void EnsureMayGrant(CallerIdentity caller, IEnumerable<string> roles)
    {
        var refused = roles.Where(r => !Grantable(caller).Contains(r)).Distinct(StringComparer.Ordinal).ToArray();
        if (refused.Length > 0)
        {
            throw new ForbiddenException("person.role-not-grantable", $"You may not grant the roles: {string.Join(", ", refused)}.");
        }
    }
}

/// <summary>People are managed by coordinators, the secretariat and admins; the region and role limits follow in the handler.</summary>
internal abstract class PeopleManagerRule<TRequest>(CallerIdentity caller) : RoleRule<TRequest>(caller, PeopleAuthority.ManagerRoles);
