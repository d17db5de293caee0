using Corridor.Agreements.Agreements;
using Corridor.BuildingBlocks.Domain;
using Corridor.Testing;

namespace Corridor.Agreements.Tests.Amendments;

/// <summary>Numbered amendments need every organ concerned to sign again before anything changes.</summary>
public sealed class AmendmentTests
{
    private static readonly DateTime Later = TestAgreements.Now.AddDays(30);
    private static readonly AmendedTerm LongerTerm = new(TestAgreements.Start, new DateOnly(2030, 12, 31));

    [Fact]
    public void A_term_amendment_changes_nothing_until_every_party_has_signed_it_again()
    {
        var agreement = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        var amendment = agreement.ProposeAmendment(TestAgreements.Member(DemoOrgans.Yulin), "延长协议期限", new AmendmentChanges(null, LongerTerm, null), [], Later);
        Assert.Equal(1, amendment.Number);
        Assert.Equal([DemoOrgans.Yulin.Id, DemoOrgans.Zhaoqing.Id], amendment.RequiredOrganIds);

        SignAmendment(agreement, 1, DemoOrgans.Yulin);
        Assert.Equal(TestAgreements.End, agreement.TermEnd);
        Assert.Equal(AmendmentStatus.PendingSignatures, amendment.Status);
        Assert.Equal([DemoOrgans.Zhaoqing.Id], amendment.MissingSignatures);

        SignAmendment(agreement, 1, DemoOrgans.Zhaoqing);
        Assert.Equal(new DateOnly(2030, 12, 31), agreement.TermEnd);
        Assert.Equal(AmendmentStatus.Adopted, amendment.Status);
        Assert.Equal(AgreementStatus.Active, agreement.Status);
        Assert.Equal(["amend-propose", "amend-sign", "amend-sign", "amend"], agreement.History.Skip(4).Select(h => h.Action));
    }

    [Fact]
    public void A_term_amendment_keeps_the_plan_and_a_plan_amendment_keeps_the_term()
    {
        var agreement = Agreement.Draft(
            TestAgreements.Member(DemoOrgans.Yulin),
            TestAgreements.Content([TestAgreements.Party(DemoOrgans.Yulin), TestAgreements.Party(DemoOrgans.Zhaoqing)], plans: [new AreaPlan(2026, CooperationArea.JointStudy, 4, "季度联学")]),
            TestAgreements.Now);
        agreement.Propose(DemoOrgans.Yulin.Id);
        agreement.Sign(DemoOrgans.Yulin.Id, "张伟", TestAgreements.Now);
        agreement.Sign(DemoOrgans.Zhaoqing.Id, "李娜", TestAgreements.Now);

        agreement.ProposeAmendment(TestAgreements.Member(DemoOrgans.Yulin), "延长", new AmendmentChanges(null, LongerTerm, null), [], Later);
        SignAmendment(agreement, 1, DemoOrgans.Yulin);
        SignAmendment(agreement, 1, DemoOrgans.Zhaoqing);
        Assert.Equal(new AreaPlan(2026, CooperationArea.JointStudy, 4, "季度联学"), Assert.Single(agreement.Plans));

        agreement.ProposeAmendment(TestAgreements.Member(DemoOrgans.Zhaoqing), "增加2029年计划", new AmendmentChanges(null, null, [new AreaPlan(2029, CooperationArea.JointWork, 2, null)]), [], Later);
        SignAmendment(agreement, 2, DemoOrgans.Yulin);
        SignAmendment(agreement, 2, DemoOrgans.Zhaoqing);
        Assert.Equal(2029, Assert.Single(agreement.Plans).Year);
        Assert.Equal(new DateOnly(2030, 12, 31), agreement.TermEnd);
    }

    [Fact]
    public void Amendments_are_numbered_and_only_one_is_pending_at_a_time()
    {
        var agreement = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        agreement.ProposeAmendment(TestAgreements.Member(DemoOrgans.Yulin), "延长", new AmendmentChanges(null, LongerTerm, null), [], Later);

        var second = Assert.Throws<DomainRuleException>(() =>
            agreement.ProposeAmendment(TestAgreements.Member(DemoOrgans.Zhaoqing), "调整计划", new AmendmentChanges(null, null, []), [], Later));
        Assert.Equal("agreement.amendment-pending", second.Code);

        agreement.DeclineAmendment(TestAgreements.Member(DemoOrgans.Zhaoqing), 1, "期限过长", Later);
        var next = agreement.ProposeAmendment(TestAgreements.Member(DemoOrgans.Zhaoqing), "调整计划", new AmendmentChanges(null, null, [new AreaPlan(2027, CooperationArea.JointStudy, 4, null)]), [], Later);

        Assert.Equal(2, next.Number);
        Assert.Equal(AmendmentStatus.Declined, agreement.Amendments[0].Status);
        Assert.Equal(TestAgreements.End, agreement.TermEnd);
    }

    [Fact]
    public void An_added_party_must_sign_too_and_then_counts_as_signed()
    {
        var agreement = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var parties = new[] { TestAgreements.Party(DemoOrgans.Yulin), TestAgreements.Party(DemoOrgans.Zhaoqing), TestAgreements.Party(DemoOrgans.Qinzhou) };
        agreement.ProposeAmendment(TestAgreements.Member(DemoOrgans.Zhaoqing), "钦州加入", new AmendmentChanges(parties, null, null), [], Later);

        SignAmendment(agreement, 1, DemoOrgans.Yulin);
        SignAmendment(agreement, 1, DemoOrgans.Zhaoqing);
        Assert.Equal(2, agreement.Parties.Count);

        SignAmendment(agreement, 1, DemoOrgans.Qinzhou);
        Assert.Equal(3, agreement.Parties.Count);
        Assert.All(agreement.Parties, p => Assert.True(p.HasSigned));
        Assert.True(agreement.IsParty(DemoOrgans.Qinzhou.Id));
    }

    [Fact]
    public void A_removed_party_consents_by_signing_and_then_is_no_longer_bound()
    {
        var agreement = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing, DemoOrgans.Qinzhou);
        var remaining = new[] { TestAgreements.Party(DemoOrgans.Yulin), TestAgreements.Party(DemoOrgans.Zhaoqing) };
        var amendment = agreement.ProposeAmendment(TestAgreements.Member(DemoOrgans.Yulin), "钦州退出", new AmendmentChanges(remaining, null, null), [], Later);
        Assert.Contains(DemoOrgans.Qinzhou.Id, amendment.RequiredOrganIds);

        SignAmendment(agreement, 1, DemoOrgans.Yulin);
        SignAmendment(agreement, 1, DemoOrgans.Zhaoqing);
        Assert.True(agreement.IsParty(DemoOrgans.Qinzhou.Id));

        SignAmendment(agreement, 1, DemoOrgans.Qinzhou);
        Assert.False(agreement.IsParty(DemoOrgans.Qinzhou.Id));
    }

    [Fact]
    public void Signing_an_amendment_for_another_party_or_as_an_outsider_is_refused()
    {
        var agreement = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        agreement.ProposeAmendment(TestAgreements.Member(DemoOrgans.Yulin), "延长", new AmendmentChanges(null, LongerTerm, null), [], Later);

        var forAnother = Assert.Throws<ForbiddenException>(() =>
            agreement.SignAmendment(TestAgreements.Member(DemoOrgans.Yulin), 1, DemoOrgans.Zhaoqing.Id, "张伟", [], Later));
        var outsider = Assert.Throws<ForbiddenException>(() =>
            agreement.SignAmendment(TestAgreements.Member(DemoOrgans.Hezhou), 1, DemoOrgans.Hezhou.Id, "王强", [], Later));
        SignAmendment(agreement, 1, DemoOrgans.Yulin);
        var twice = Assert.Throws<DomainRuleException>(() => SignAmendment(agreement, 1, DemoOrgans.Yulin));

        Assert.Equal(("agreement.signing-for-another-party", "agreement.not-a-party", "agreement.already-signed"), (forAnother.Code, outsider.Code, twice.Code));
        Assert.Single(agreement.Amendments[0].Signatures);
    }

    [Fact]
    public void Only_an_agreement_in_force_is_amended_and_an_empty_amendment_is_refused()
    {
        var draft = TestAgreements.Draft(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var active = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        Assert.Equal("agreement.illegal-transition", Assert.Throws<DomainRuleException>(() =>
            draft.ProposeAmendment(TestAgreements.Member(DemoOrgans.Yulin), "x", new AmendmentChanges(null, LongerTerm, null), [], Later)).Code);
        Assert.Equal("agreement.amendment-empty", Assert.Throws<DomainRuleException>(() =>
            active.ProposeAmendment(TestAgreements.Member(DemoOrgans.Yulin), "x", new AmendmentChanges(null, null, null), [], Later)).Code);
        Assert.Equal("agreement.plan-outside-term", Assert.Throws<DomainRuleException>(() =>
            active.ProposeAmendment(TestAgreements.Member(DemoOrgans.Yulin), "x", new AmendmentChanges(null, null, [new AreaPlan(2031, CooperationArea.JointWork, 1, null)]), [], Later)).Code);
    }

    [Fact]
    public void An_amendment_that_would_overlap_another_pairing_is_refused_at_the_last_signature()
    {
        var agreement = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        agreement.ProposeAmendment(TestAgreements.Member(DemoOrgans.Yulin), "延长", new AmendmentChanges(null, LongerTerm, null), [], Later);
        SignAmendment(agreement, 1, DemoOrgans.Yulin);
        var successor = Agreement.Draft(
            TestAgreements.Member(DemoOrgans.Yulin),
            TestAgreements.Content([TestAgreements.Party(DemoOrgans.Yulin), TestAgreements.Party(DemoOrgans.Zhaoqing)], new DateOnly(2029, 1, 1), new DateOnly(2031, 12, 31)),
            Later);
        successor.Propose(DemoOrgans.Yulin.Id);
        successor.Sign(DemoOrgans.Yulin.Id, "张伟", Later);
        successor.Sign(DemoOrgans.Zhaoqing.Id, "李娜", Later);

        var refused = Assert.Throws<DomainRuleException>(() =>
            agreement.SignAmendment(TestAgreements.Member(DemoOrgans.Zhaoqing), 1, DemoOrgans.Zhaoqing.Id, "李娜", [successor], Later));

        Assert.Equal("agreement.pairing-overlap", refused.Code);
        Assert.Equal(TestAgreements.End, agreement.TermEnd);
    }

    private static void SignAmendment(Agreement agreement, int number, DemoOrgan organ) =>
        agreement.SignAmendment(TestAgreements.Member(organ), number, organ.Id, organ.Name, [], Later);
}
