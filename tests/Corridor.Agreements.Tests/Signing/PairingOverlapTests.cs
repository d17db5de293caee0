using Corridor.Agreements.Agreements;
using Corridor.BuildingBlocks.Domain;
using Corridor.Testing;

namespace Corridor.Agreements.Tests.Signing;

/// <summary>Two pairing agreements between the same two organs may not be in force for overlapping terms.</summary>
public sealed class PairingOverlapTests
{
    [Fact]
    public void Proposing_a_second_pairing_between_the_same_organs_for_an_overlapping_term_is_refused()
    {
        var existing = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var second = Draft(new DateOnly(2028, 6, 1), new DateOnly(2030, 12, 31));

        var refused = Assert.Throws<DomainRuleException>(() => second.Propose(TestAgreements.Member(DemoOrgans.Zhaoqing), [existing], TestAgreements.Now));

        Assert.Equal("agreement.pairing-overlap", refused.Code);
        Assert.Contains(existing.Id.ToString(), refused.Message, StringComparison.Ordinal);
        Assert.Equal(AgreementStatus.Draft, second.Status);
    }

    [Fact]
    public void The_last_signature_is_refused_when_another_pairing_came_into_force_meanwhile()
    {
        var second = Draft(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31));
        second.Propose(TestAgreements.Member(DemoOrgans.Yulin), [], TestAgreements.Now);
        second.Sign(DemoOrgans.Yulin.Id, "张伟", TestAgreements.Now);
        var existing = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        var refused = Assert.Throws<DomainRuleException>(() =>
            second.Sign(TestAgreements.Member(DemoOrgans.Zhaoqing), DemoOrgans.Zhaoqing.Id, "李娜", [existing], TestAgreements.Now));

        Assert.Equal("agreement.pairing-overlap", refused.Code);
        Assert.Equal(AgreementStatus.PendingSignatures, second.Status);
        Assert.False(second.Parties.Single(p => p.OrganId == DemoOrgans.Zhaoqing.Id).HasSigned);
    }

    [Fact]
    public void A_suspended_pairing_still_counts_but_an_expired_or_terminated_one_does_not()
    {
        var suspended = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        suspended.Suspend(TestAgreements.Member(DemoOrgans.Yulin), "暂停", TestAgreements.Now);
        Assert.NotNull(Conflict(Draft(TestAgreements.Start, TestAgreements.End), suspended));

        var terminated = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        terminated.Terminate(TestAgreements.Member(DemoOrgans.Yulin), "终止", new DocumentReference(new string('0', 64), "oa://t.pdf"), TestAgreements.Now);
        Assert.Null(Conflict(Draft(TestAgreements.Start, TestAgreements.End), terminated));
    }

    [Fact]
    public void Adjacent_terms_other_organs_and_other_kinds_do_not_conflict()
    {
        var existing = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        Assert.Null(Conflict(Draft(new DateOnly(2029, 1, 1), null), existing));
        Assert.Null(Conflict(Draft(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), existing));
        var otherPair = Agreement.Draft(
            TestAgreements.Member(DemoOrgans.Yulin),
            TestAgreements.Content([TestAgreements.Party(DemoOrgans.Yulin), TestAgreements.Party(DemoOrgans.Zhanjiang)]),
            TestAgreements.Now);
        Assert.Null(Conflict(otherPair, existing));
        var plan = Agreement.Draft(
            TestAgreements.Member(DemoOrgans.Yulin),
            TestAgreements.Content([TestAgreements.Party(DemoOrgans.Yulin), TestAgreements.Party(DemoOrgans.Zhaoqing)], kind: AgreementKind.CooperationPlan),
            TestAgreements.Now);
        Assert.Null(Conflict(plan, existing));
    }

    [Fact]
    public void An_open_ended_pairing_overlaps_every_later_term()
    {
        var open = Draft(new DateOnly(2020, 1, 1), null);
        open.Propose(TestAgreements.Member(DemoOrgans.Yulin), [], TestAgreements.Now);
        open.Sign(DemoOrgans.Yulin.Id, "张伟", TestAgreements.Now);
        open.Sign(DemoOrgans.Zhaoqing.Id, "李娜", TestAgreements.Now);

        Assert.NotNull(Conflict(Draft(new DateOnly(2040, 1, 1), new DateOnly(2041, 1, 1)), open));
    }

    private static Agreement? Conflict(Agreement candidate, Agreement other) =>
        PairingOverlap.FindConflict(candidate.Id, candidate.Kind, candidate.PartyOrganIds, candidate.TermStart, candidate.TermEnd, [other]);

    private static Agreement Draft(DateOnly start, DateOnly? end) =>
        Agreement.Draft(
            TestAgreements.Member(DemoOrgans.Yulin),
            new AgreementContent(AgreementKind.PairingAgreement, "玉林–肇庆 新一轮结对", null, start, end, null, [TestAgreements.Party(DemoOrgans.Zhaoqing), TestAgreements.Party(DemoOrgans.Yulin)], []),
            TestAgreements.Now);
}
