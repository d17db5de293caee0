using Corridor.Agreements.Agreements;
using Corridor.BuildingBlocks.Domain;
using Corridor.Testing;

namespace Corridor.Agreements.Tests.Drafting;

public sealed class ReviseDraftTests
{
    private static readonly DateTime Later = TestAgreements.Now.AddHours(3);

    [Fact]
    public void A_party_revises_the_draft_parties_term_and_plan_and_the_change_is_audited()
    {
        var agreement = TestAgreements.Draft(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var content = TestAgreements.Content(
            [TestAgreements.Party(DemoOrgans.Yulin), TestAgreements.Party(DemoOrgans.Zhaoqing), TestAgreements.Party(DemoOrgans.Qinzhou)],
            new DateOnly(2026, 3, 1),
            new DateOnly(2027, 12, 31),
            plans: [new AreaPlan(2027, CooperationArea.JointStudy, 4, "季度联学"), new AreaPlan(2026, CooperationArea.JointProjects, 1, null)]);

        agreement.Revise(TestAgreements.Member(DemoOrgans.Zhaoqing), content, Later);

        Assert.Equal(3, agreement.Parties.Count);
        Assert.Equal((new DateOnly(2026, 3, 1), new DateOnly(2027, 12, 31)), (agreement.TermStart, agreement.TermEnd!.Value));
        Assert.Equal([2026, 2027], agreement.Plans.Select(p => p.Year));
        Assert.Equal(2, agreement.Version);
        Assert.Equal(("revise", DemoOrgans.Zhaoqing.Id, Later), (agreement.History[^1].Action, agreement.History[^1].ByOrganId, agreement.History[^1].At));
    }

    [Fact]
    public void Revision_is_refused_to_outsiders_after_proposal_and_for_plans_outside_the_term()
    {
        var draft = TestAgreements.Draft(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var proposed = TestAgreements.Proposed(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var parties = new[] { TestAgreements.Party(DemoOrgans.Yulin), TestAgreements.Party(DemoOrgans.Zhaoqing) };

        Assert.Equal("agreement.not-a-party", Assert.Throws<ForbiddenException>(() => draft.Revise(TestAgreements.Member(DemoOrgans.Hezhou), TestAgreements.Content(parties), Later)).Code);
        Assert.Equal("agreement.illegal-transition", Assert.Throws<DomainRuleException>(() => proposed.Revise(TestAgreements.Member(DemoOrgans.Yulin), TestAgreements.Content(parties), Later)).Code);
        Assert.Equal("agreement.plan-outside-term", Assert.Throws<DomainRuleException>(() =>
            draft.Revise(TestAgreements.Member(DemoOrgans.Yulin), TestAgreements.Content(parties, plans: [new AreaPlan(2025, CooperationArea.JointWork, 1, null)]), Later)).Code);
        Assert.Equal("agreement.plan-duplicate", Assert.Throws<DomainRuleException>(() =>
            draft.Revise(TestAgreements.Member(DemoOrgans.Yulin), TestAgreements.Content(parties, plans: [new AreaPlan(2026, CooperationArea.JointWork, 1, null), new AreaPlan(2026, CooperationArea.JointWork, 2, null)]), Later)).Code);
        Assert.Equal("agreement.reviser-removed", Assert.Throws<DomainRuleException>(() =>
            draft.Revise(TestAgreements.Member(DemoOrgans.Yulin), TestAgreements.Content([TestAgreements.Party(DemoOrgans.Zhaoqing), TestAgreements.Party(DemoOrgans.Qinzhou)]), Later)).Code);
        Assert.Equal(1, draft.Version);
    }
}
