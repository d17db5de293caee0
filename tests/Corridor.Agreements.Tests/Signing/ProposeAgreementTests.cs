using Corridor.Agreements.Agreements;
using Corridor.BuildingBlocks.Domain;
using Corridor.Testing;

namespace Corridor.Agreements.Tests.Signing;

public sealed class ProposeAgreementTests
{
    [Fact]
    public void A_party_proposes_the_draft_for_signatures()
    {
        var agreement = TestAgreements.Draft(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        agreement.Propose(DemoOrgans.Zhaoqing.Id);

        Assert.Equal(AgreementStatus.PendingSignatures, agreement.Status);
        Assert.Equal(2, agreement.Version);
    }

    [Fact]
    public void An_organ_that_is_not_a_party_cannot_propose()
    {
        var agreement = TestAgreements.Draft(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        var refused = Assert.Throws<ForbiddenException>(() => agreement.Propose(DemoOrgans.Hezhou.Id));

        Assert.Equal("agreement.not-a-party", refused.Code);
        Assert.Equal(AgreementStatus.Draft, agreement.Status);
        Assert.Equal(1, agreement.Version);
    }

    [Fact]
    public void Only_a_draft_can_be_proposed()
    {
        var agreement = TestAgreements.Proposed(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        var refused = Assert.Throws<DomainRuleException>(() => agreement.Propose(DemoOrgans.Yulin.Id));

        Assert.Equal("agreement.not-draft", refused.Code);
        Assert.Equal(AgreementStatus.PendingSignatures, agreement.Status);
        Assert.Equal(2, agreement.Version);
    }

    [Fact]
    public void An_active_agreement_cannot_be_proposed_again()
    {
        var agreement = TestAgreements.Proposed(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        agreement.Sign(DemoOrgans.Yulin.Id, "张伟", TestAgreements.Now);
        agreement.Sign(DemoOrgans.Zhaoqing.Id, "李娜", TestAgreements.Now);

        var refused = Assert.Throws<DomainRuleException>(() => agreement.Propose(DemoOrgans.Yulin.Id));

        Assert.Equal("agreement.not-draft", refused.Code);
        Assert.Equal(AgreementStatus.Active, agreement.Status);
    }
}
