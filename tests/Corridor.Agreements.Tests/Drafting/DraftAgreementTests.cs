using Corridor.Agreements.Agreements;
using Corridor.BuildingBlocks.Domain;
using Corridor.Testing;

namespace Corridor.Agreements.Tests.Drafting;

public sealed class DraftAgreementTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);

    [Fact]
    public void A_draft_between_two_organs_starts_at_version_1_with_no_signature()
    {
        var agreement = TestAgreements.Draft(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        Assert.Equal(AgreementStatus.Draft, agreement.Status);
        Assert.Equal(1, agreement.Version);
        Assert.Equal([DemoOrgans.Yulin.Id, DemoOrgans.Zhaoqing.Id], agreement.Parties.Select(p => p.OrganId));
        Assert.All(agreement.Parties, p => Assert.False(p.HasSigned));
        Assert.Null(agreement.ActivatedAt);
        Assert.Equal(TestAgreements.Now, agreement.CreatedAt);
    }

    [Fact]
    public void One_party_is_too_few()
    {
        var refused = Assert.Throws<DomainRuleException>(() => TestAgreements.DraftOf(
            AgreementKind.Memorandum, "单方备忘录", [TestAgreements.Party(DemoOrgans.Yulin)], Start, null, TestAgreements.Now));

        Assert.Equal("agreement.too-few-parties", refused.Code);
    }

    [Fact]
    public void No_party_at_all_is_too_few()
    {
        var refused = Assert.Throws<DomainRuleException>(() => TestAgreements.DraftOf(
            AgreementKind.Memorandum, "空协议", [], Start, null, TestAgreements.Now));

        Assert.Equal("agreement.too-few-parties", refused.Code);
    }

    [Fact]
    public void The_same_organ_cannot_be_a_party_twice()
    {
        var refused = Assert.Throws<DomainRuleException>(() => TestAgreements.DraftOf(
            AgreementKind.PairingAgreement,
            "重复的缔约方",
            [TestAgreements.Party(DemoOrgans.Yulin), TestAgreements.Party(DemoOrgans.Zhaoqing), TestAgreements.Party(DemoOrgans.Yulin)],
            Start,
            null,
            TestAgreements.Now));

        Assert.Equal("agreement.duplicate-party", refused.Code);
    }

    [Fact]
    public void The_term_cannot_end_before_it_starts()
    {
        var refused = Assert.Throws<DomainRuleException>(() => TestAgreements.DraftOf(
            AgreementKind.CooperationPlan,
            "倒置的期限",
            [TestAgreements.Party(DemoOrgans.Yulin), TestAgreements.Party(DemoOrgans.Zhaoqing)],
            Start,
            Start.AddDays(-1),
            TestAgreements.Now));

        Assert.Equal("agreement.term", refused.Code);
    }

    [Fact]
    public void A_term_of_one_day_or_without_an_end_is_accepted()
    {
        var parties = new[] { TestAgreements.Party(DemoOrgans.Yulin), TestAgreements.Party(DemoOrgans.Zhaoqing) };

        var oneDay = TestAgreements.DraftOf(AgreementKind.Initiative, "一日倡议", parties, Start, Start, TestAgreements.Now);
        var open = TestAgreements.DraftOf(AgreementKind.WorkingRules, "长期工作制度", parties, Start, null, TestAgreements.Now);

        Assert.Equal(Start, oneDay.TermEnd);
        Assert.Null(open.TermEnd);
    }
}
