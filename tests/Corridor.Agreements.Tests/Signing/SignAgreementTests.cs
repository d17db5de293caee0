using Corridor.Agreements.Agreements;
using Corridor.BuildingBlocks.Domain;
using Corridor.Testing;

namespace Corridor.Agreements.Tests.Signing;

/// <summary>
/// The raised AgreementActivated itself is checked where it becomes observable: as an outbox row
/// (Persistence) and on the broker (Integration); PendingEvents is internal to BuildingBlocks.
/// </summary>
public sealed class SignAgreementTests
{
    private static readonly DateTime Later = TestAgreements.Now.AddDays(3);

    [Fact]
    public void A_draft_cannot_be_signed()
    {
        var agreement = TestAgreements.Draft(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        var refused = Assert.Throws<DomainRuleException>(() => agreement.Sign(DemoOrgans.Yulin.Id, "张伟", Later));

        Assert.Equal("agreement.not-pending-signatures", refused.Code);
        Assert.False(agreement.Parties[0].HasSigned);
        Assert.Equal(1, agreement.Version);
    }

    [Fact]
    public void An_active_agreement_takes_no_more_signatures()
    {
        var agreement = TestAgreements.Proposed(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        agreement.Sign(DemoOrgans.Yulin.Id, "张伟", Later);
        agreement.Sign(DemoOrgans.Zhaoqing.Id, "李娜", Later);

        var refused = Assert.Throws<DomainRuleException>(() => agreement.Sign(DemoOrgans.Zhaoqing.Id, "李娜", Later));

        Assert.Equal("agreement.not-pending-signatures", refused.Code);
        Assert.Equal(4, agreement.Version);
    }

    [Fact]
    public void An_organ_that_is_not_a_party_cannot_sign()
    {
        var agreement = TestAgreements.Proposed(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        var refused = Assert.Throws<ForbiddenException>(() => agreement.Sign(DemoOrgans.Hezhou.Id, "王强", Later));

        Assert.Equal("agreement.not-a-party", refused.Code);
        Assert.All(agreement.Parties, p => Assert.False(p.HasSigned));
        Assert.Equal(2, agreement.Version);
    }

    [Fact]
    public void A_party_cannot_sign_twice()
    {
        var agreement = TestAgreements.Proposed(DemoOrgans.Yulin, DemoOrgans.Zhaoqing, DemoOrgans.Hezhou);
        agreement.Sign(DemoOrgans.Yulin.Id, "张伟", Later);

        var refused = Assert.Throws<DomainRuleException>(() => agreement.Sign(DemoOrgans.Yulin.Id, "张伟", Later.AddHours(1)));

        Assert.Equal("agreement.already-signed", refused.Code);
        Assert.Equal(Later, agreement.Parties[0].SignedAt);
        Assert.Equal(3, agreement.Version);
        Assert.Equal(AgreementStatus.PendingSignatures, agreement.Status);
    }

    [Fact]
    public void A_signature_that_is_not_the_last_keeps_the_agreement_pending()
    {
        var agreement = TestAgreements.Proposed(DemoOrgans.Yulin, DemoOrgans.Zhaoqing, DemoOrgans.Hezhou);

        agreement.Sign(DemoOrgans.Zhaoqing.Id, "李娜", Later);
        agreement.Sign(DemoOrgans.Hezhou.Id, "王强", Later);

        Assert.Equal(AgreementStatus.PendingSignatures, agreement.Status);
        Assert.Null(agreement.ActivatedAt);
        Assert.Equal(4, agreement.Version);
        Assert.Equal([false, true, true], agreement.Parties.Select(p => p.HasSigned));
        Assert.Equal("李娜", agreement.Parties[1].Signatory);
    }

    [Fact]
    public void The_last_signature_activates_the_agreement_at_the_next_version()
    {
        var agreement = TestAgreements.Proposed(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        agreement.Sign(DemoOrgans.Zhaoqing.Id, "李娜", Later);

        agreement.Sign(DemoOrgans.Yulin.Id, "张伟", Later.AddHours(2));

        Assert.Equal(AgreementStatus.Active, agreement.Status);
        Assert.Equal(Later.AddHours(2), agreement.ActivatedAt);
        Assert.Equal(4, agreement.Version);
        Assert.All(agreement.Parties, p => Assert.True(p.HasSigned));
    }
}
