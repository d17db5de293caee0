using Corridor.BuildingBlocks.Security;
using Corridor.Identity.People;
using Corridor.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Corridor.Identity.Tests.People;

public sealed class UserRegistrationRulesTests
{
    private static readonly PasswordHasher<UserRegistration> Hasher = new();

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

    [Fact]
    public void A_plaintext_password_a_non_V3_hash_and_a_hash_with_too_few_iterations_are_refused()
    {
        var weak = new PasswordHasher<UserRegistration>(Options.Create(new PasswordHasherOptions { IterationCount = 1_000 }));
        var users = new[]
        {
            User("plain", DemoOrgans.Yulin, CorridorRoles.Member),
            User("v2", DemoOrgans.Yulin, CorridorRoles.Member),
            User("weak", DemoOrgans.Yulin, CorridorRoles.Member),
        };
        users[0].PasswordHash = "demo-plain-password";
        users[1].PasswordHash = new PasswordHasher<UserRegistration>(Options.Create(new PasswordHasherOptions
        {
            CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2,
        })).HashPassword(users[1], "a-demo-password");
        users[2].PasswordHash = weak.HashPassword(users[2], "a-demo-password");

        var errors = UserRegistrationRules.Check(users);

        Assert.Equal(3, errors.Count(e => e.Contains(":PasswordHash must be a PasswordHasher V3 hash", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_e_mail_that_is_not_a_bare_address_is_refused_and_none_or_a_valid_one_passes()
    {
        var users = new[]
        {
            User("none", DemoOrgans.Yulin, CorridorRoles.Member),
            User("valid", DemoOrgans.Yulin, CorridorRoles.Member),
            User("no-at", DemoOrgans.Yulin, CorridorRoles.Member),
            User("with-name", DemoOrgans.Yulin, CorridorRoles.Member),
        };
        users[1].Email = "valid@demo.corridor.local";
        users[2].Email = "not-an-address";
        users[3].Email = "Someone <someone@demo.corridor.local>";

        var errors = UserRegistrationRules.Check(users);

        Assert.Equal(
            ["Identity:Users:2:Email 'not-an-address' is not an e-mail address.", "Identity:Users:3:Email 'Someone <someone@demo.corridor.local>' is not an e-mail address."],
            errors);
    }

    private static UserRegistration User(string name, DemoOrgan organ, params string[] roles) => new()
    {
        UserName = name,
        PasswordHash = Hasher.HashPassword(new UserRegistration(), "a-demo-password"),
        DisplayName = name,
        RegionCode = organ.RegionCode,
        OrganId = organ.Id,
        Roles = [.. roles],
    };
}
