using Corridor.BuildingBlocks.Security;
using Corridor.Identity.People;
using Corridor.Testing;

namespace Corridor.Identity.Tests.People;

public sealed class UserRegistrationRulesTests
{
    [Fact]
    public void Staff_coordinators_and_the_secretariat_in_its_region_pass()
    {
        Assert.Empty(UserRegistrationRules.Check(
        [
            User("staff", DemoOrgans.Yulin, CorridorRoles.Member),
            User("coordinator", DemoOrgans.Yulin, CorridorRoles.Member, CorridorRoles.Coordinator),
            User("secretariat", DemoOrgans.Guangxi, CorridorRoles.Member, CorridorRoles.Secretariat),
        ]));
    }

    [Fact]
    public void A_secretariat_outside_its_region_a_sync_role_a_missing_member_role_and_a_duplicate_name_are_refused()
    {
        var errors = UserRegistrationRules.Check(
        [
            User("secretariat", DemoOrgans.Yulin, CorridorRoles.Member, CorridorRoles.Secretariat),
            User("robot", DemoOrgans.Yulin, CorridorRoles.Member, CorridorRoles.SyncClient),
            User("nobody", DemoOrgans.Yulin, CorridorRoles.Coordinator),
            User("Robot", DemoOrgans.Zhaoqing, CorridorRoles.Member),
        ]);

        Assert.Contains(errors, e => e.Contains("the secretariat sits in region", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'sync-client' is not a role for people", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Identity:Users:2:Roles must include", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("user name 'robot'", StringComparison.OrdinalIgnoreCase));
    }

    private static UserRegistration User(string name, DemoOrgan organ, params string[] roles) => new()
    {
        UserName = name,
        Password = "a-demo-password",
        DisplayName = name,
        RegionCode = organ.RegionCode,
        OrganId = organ.Id,
        Roles = [.. roles],
    };
}
