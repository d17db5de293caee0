using Corridor.Testing;

namespace Corridor.Agreements.Tests.Binding;

public sealed class MissingPartiesTests
{
    [Fact]
    public void Organs_that_are_parties_are_not_missing()
    {
        var agreement = TestAgreements.Draft(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        Assert.Empty(agreement.MissingParties([DemoOrgans.Zhaoqing.Id, DemoOrgans.Yulin.Id]));
        Assert.Empty(agreement.MissingParties([]));
    }

    [Fact]
    public void Organs_that_are_not_parties_are_listed_once_each_in_request_order()
    {
        var agreement = TestAgreements.Draft(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        var missing = agreement.MissingParties(
            [DemoOrgans.Qinzhou.Id, DemoOrgans.Yulin.Id, DemoOrgans.Hezhou.Id, DemoOrgans.Qinzhou.Id]);

        Assert.Equal([DemoOrgans.Qinzhou.Id, DemoOrgans.Hezhou.Id], missing);
    }

    [Fact]
    public void Organ_ids_are_compared_exactly()
    {
        var agreement = TestAgreements.Draft(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var lowerCase = DemoOrgans.Yulin.Id.ToLowerInvariant();

        Assert.Equal([lowerCase], agreement.MissingParties([lowerCase]));
        Assert.True(agreement.IsParty(DemoOrgans.Yulin.Id));
        Assert.False(agreement.IsParty(lowerCase));
    }
}
