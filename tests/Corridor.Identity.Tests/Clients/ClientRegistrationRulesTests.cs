using Corridor.Identity.Clients;
using Corridor.Testing;

namespace Corridor.Identity.Tests.Clients;

public sealed class ClientRegistrationRulesTests
{
    [Fact]
    public void A_member_region_client_with_a_valid_organ_and_known_scopes_passes()
    {
        Assert.Empty(ClientRegistrationRules.Check([Client("yulin-sync", DemoOrgans.Yulin)]));
    }

    [Fact]
    public void A_client_for_a_region_that_is_not_a_founding_member_passes_its_membership_is_the_directorys_to_say()
    {
        var beihai = new DemoOrgan(Corridor.BuildingBlocks.Domain.UnifiedSocialCreditCode.Create('1', '1', "450500", "GW450500"), "北海市直属机关工作委员会", "450500");

        Assert.Empty(ClientRegistrationRules.Check([Client("sync-450500", beihai)]));
    }

    [Fact]
    public void Each_broken_field_is_named()
    {
        var broken = new ClientRegistration
        {
            ClientId = "",
            ClientSecret = "short",
            RegionCode = "990000",
            OrganId = "not-a-credit-code",
            Scopes = ["lists.read", "admin"],
        };

        var errors = ClientRegistrationRules.Check([broken]);

        Assert.Contains(errors, e => e.Contains("ClientId", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("ClientSecret", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'990000' is not a GB/T 2260 region code", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("OrganId", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'admin' is not a Corridor scope", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Contains("lists.read", StringComparison.Ordinal));
    }

    [Fact]
    public void A_client_id_or_a_region_configured_twice_is_refused()
    {
        var errors = ClientRegistrationRules.Check(
        [
            Client("sync", DemoOrgans.Yulin),
            Client("sync", DemoOrgans.Zhaoqing),
            Client("yulin-2", DemoOrgans.Yulin),
        ]);

        Assert.Contains(errors, e => e.Contains("client id 'sync'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains($"region '{DemoOrgans.Yulin.RegionCode}'", StringComparison.Ordinal));
    }

    private static ClientRegistration Client(string id, DemoOrgan organ) => new()
    {
        ClientId = id,
        ClientSecret = "a-long-enough-client-secret-0001",
        RegionCode = organ.RegionCode,
        OrganId = organ.Id,
        Scopes = [CorridorScopes.ListsRead, CorridorScopes.ListsWrite],
    };
}
