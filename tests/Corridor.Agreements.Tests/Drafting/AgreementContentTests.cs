using Corridor.Agreements.Agreements;
using Corridor.Testing;

namespace Corridor.Agreements.Tests.Drafting;

public sealed class AgreementContentTests
{
    [Fact]
    public void A_draft_says_what_it_was_drafted_with_whatever_the_order_of_parties_and_plan_lines()
    {
        var plans = new[] { new AreaPlan(2026, CooperationArea.JointWork, 2, null), new AreaPlan(2026, CooperationArea.JointStudy, 4, "季度联学") };
        var content = TestAgreements.Content([TestAgreements.Party(DemoOrgans.Zhaoqing), TestAgreements.Party(DemoOrgans.Yulin)], plans: plans);
        var draft = Agreement.Draft(TestAgreements.Member(DemoOrgans.Yulin), content, TestAgreements.Now, "YL-2026-001");

        Assert.True(draft.Content.SaysTheSameAs(content));
        Assert.True(draft.Content.SaysTheSameAs(content with { Title = $" {content.Title} ", Parties = content.Parties.Reverse().ToArray(), Plans = plans.Reverse().ToArray() }));
        Assert.False(draft.Content.SaysTheSameAs(content with { Plans = [plans[0]] }));
        Assert.False(draft.Content.SaysTheSameAs(content with { TermEnd = null }));
        Assert.Equal((DemoOrgans.Yulin.RegionCode, "YL-2026-001"), (draft.DraftingRegionCode, draft.ExternalReference));
    }
}
