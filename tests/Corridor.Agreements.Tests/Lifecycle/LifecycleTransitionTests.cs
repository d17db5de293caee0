using Corridor.Agreements.Agreements;
using Corridor.BuildingBlocks.Domain;
using Corridor.Testing;

namespace Corridor.Agreements.Tests.Lifecycle;

/// <summary>Every transition after signing, as the domain allows or refuses it, each one audited.</summary>
public sealed class LifecycleTransitionTests
{
    private static readonly DateTime Later = TestAgreements.Now.AddDays(10);
    private static readonly DocumentReference Document = new(new string('a', 64), "oa://yulin/2026/terminate-17.pdf");

    [Fact]
    public void All_signatures_before_the_term_starts_make_it_Signed_and_the_effective_date_makes_it_Active()
    {
        var agreement = Agreement.Draft(
            TestAgreements.Member(DemoOrgans.Yulin),
            TestAgreements.Content([TestAgreements.Party(DemoOrgans.Yulin), TestAgreements.Party(DemoOrgans.Zhaoqing)], new DateOnly(2026, 7, 1)),
            TestAgreements.Now);
        agreement.Propose(DemoOrgans.Yulin.Id);
        agreement.Sign(DemoOrgans.Yulin.Id, "张伟", TestAgreements.Now);
        agreement.Sign(DemoOrgans.Zhaoqing.Id, "李娜", TestAgreements.Now);

        Assert.Equal(AgreementStatus.Signed, agreement.Status);
        Assert.Null(agreement.ActivatedAt);
        Assert.True(agreement.IsInForce);
        var early = Assert.Throws<DomainRuleException>(() => agreement.ActivateOnEffectiveDate(new DateTime(2026, 6, 30, 23, 0, 0, DateTimeKind.Utc)));
        Assert.Equal("agreement.not-yet-effective", early.Code);

        var effective = new DateTime(2026, 7, 1, 0, 5, 0, DateTimeKind.Utc);
        agreement.ActivateOnEffectiveDate(effective);

        Assert.Equal(AgreementStatus.Active, agreement.Status);
        Assert.Equal(effective, agreement.ActivatedAt);
        Assert.Equal(("activate", AgreementStatus.Signed, AgreementStatus.Active, "system"), Last(agreement));
    }

    [Fact]
    public void A_party_suspends_and_resumes_and_both_are_audited_with_the_reason()
    {
        var agreement = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        agreement.Suspend(TestAgreements.Member(DemoOrgans.Zhaoqing), "机构改革，暂停联建活动", Later);
        Assert.Equal(AgreementStatus.Suspended, agreement.Status);
        Assert.Equal("机构改革，暂停联建活动", agreement.SuspensionReason);
        Assert.Equal(Later, agreement.SuspendedAt);
        Assert.Equal(("suspend", AgreementStatus.Active, AgreementStatus.Suspended, DemoOrgans.Zhaoqing.Id), Last(agreement));
        Assert.Equal("机构改革，暂停联建活动", agreement.History[^1].Note);

        agreement.Resume(TestAgreements.Member(DemoOrgans.Yulin), "改革完成", Later.AddDays(1));
        Assert.Equal(AgreementStatus.Active, agreement.Status);
        Assert.Null(agreement.SuspensionReason);
        Assert.Equal(("resume", AgreementStatus.Suspended, AgreementStatus.Active, DemoOrgans.Yulin.Id), Last(agreement));
        Assert.Equal(6, agreement.Version);
    }

    [Fact]
    public void Only_an_active_agreement_can_be_suspended_and_only_a_suspended_one_resumed()
    {
        var draft = TestAgreements.Draft(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var active = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        Assert.Equal("agreement.illegal-transition", Assert.Throws<DomainRuleException>(() => draft.Suspend(TestAgreements.Member(DemoOrgans.Yulin), "x", Later)).Code);
        Assert.Equal("agreement.illegal-transition", Assert.Throws<DomainRuleException>(() => active.Resume(TestAgreements.Member(DemoOrgans.Yulin), null, Later)).Code);
        Assert.Equal(AgreementStatus.Active, active.Status);
    }

    [Fact]
    public void An_outsider_cannot_suspend_but_the_secretariat_can()
    {
        var agreement = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        var refused = Assert.Throws<ForbiddenException>(() => agreement.Suspend(TestAgreements.Member(DemoOrgans.Hezhou), "无关", Later));
        Assert.Equal("agreement.not-a-party", refused.Code);
        Assert.Equal(AgreementStatus.Active, agreement.Status);

        agreement.Suspend(TestAgreements.Secretariat(), "联席会议秘书处督查整改", Later);
        Assert.Equal(AgreementStatus.Suspended, agreement.Status);
    }

    [Fact]
    public void A_suspended_agreement_whose_term_is_over_cannot_resume()
    {
        var agreement = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        agreement.Suspend(TestAgreements.Member(DemoOrgans.Yulin), "暂停", Later);

        var refused = Assert.Throws<DomainRuleException>(() => agreement.Resume(TestAgreements.Member(DemoOrgans.Yulin), null, new DateTime(2029, 1, 2, 0, 0, 0, DateTimeKind.Utc)));

        Assert.Equal("agreement.term-over", refused.Code);
        Assert.Equal(AgreementStatus.Suspended, agreement.Status);
    }

    [Fact]
    public void Termination_needs_a_reason_and_a_valid_document_and_ends_the_agreement()
    {
        var agreement = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var yulin = TestAgreements.Member(DemoOrgans.Yulin);

        Assert.Equal("agreement.missing-reason", Assert.Throws<DomainRuleException>(() => agreement.Terminate(yulin, " ", Document, Later)).Code);
        Assert.Equal("agreement.document", Assert.Throws<DomainRuleException>(() => agreement.Terminate(yulin, "合并", Document with { Sha256 = "ABC" }, Later)).Code);
        Assert.Equal(AgreementStatus.Active, agreement.Status);

        agreement.Terminate(yulin, "两市合并为新的协作机制", Document, Later);

        Assert.Equal(AgreementStatus.Terminated, agreement.Status);
        Assert.Equal(Later, agreement.EndedAt);
        Assert.Equal(Document.Location, agreement.TerminationDocumentLocation);
        Assert.Equal(("terminate", AgreementStatus.Active, AgreementStatus.Terminated, DemoOrgans.Yulin.Id), Last(agreement));
        Assert.Equal("agreement.illegal-transition", Assert.Throws<DomainRuleException>(() => agreement.Suspend(yulin, "x", Later)).Code);
    }

    [Fact]
    public void A_suspended_agreement_can_be_terminated_but_a_draft_cannot()
    {
        var suspended = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        suspended.Suspend(TestAgreements.Member(DemoOrgans.Yulin), "暂停", Later);
        suspended.Terminate(TestAgreements.Member(DemoOrgans.Zhaoqing), "终止", Document, Later);
        Assert.Equal(AgreementStatus.Terminated, suspended.Status);

        var draft = TestAgreements.Draft(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        Assert.Equal("agreement.illegal-transition", Assert.Throws<DomainRuleException>(() => draft.Terminate(TestAgreements.Member(DemoOrgans.Yulin), "终止", Document, Later)).Code);
    }

    [Fact]
    public void An_agreement_expires_the_day_after_its_term_end_and_not_before()
    {
        var agreement = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var lastDay = new DateTime(2028, 12, 31, 23, 59, 0, DateTimeKind.Utc);

        Assert.Equal("agreement.term-not-over", Assert.Throws<DomainRuleException>(() => agreement.Expire(lastDay)).Code);

        agreement.Expire(lastDay.AddMinutes(2));

        Assert.Equal(AgreementStatus.Expired, agreement.Status);
        Assert.False(agreement.IsInForce);
        Assert.Equal(("expire", AgreementStatus.Active, AgreementStatus.Expired, "system"), Last(agreement));
        Assert.Equal("agreement.illegal-transition", Assert.Throws<DomainRuleException>(() => agreement.Expire(lastDay.AddDays(5))).Code);
    }

    [Fact]
    public void A_suspended_agreement_expires_too_but_an_open_ended_one_never_does()
    {
        var suspended = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        suspended.Suspend(TestAgreements.Member(DemoOrgans.Yulin), "暂停", Later);
        suspended.Expire(new DateTime(2029, 1, 1, 1, 0, 0, DateTimeKind.Utc));
        Assert.Equal(AgreementStatus.Expired, suspended.Status);

        var open = Agreement.Draft(
            TestAgreements.Member(DemoOrgans.Yulin),
            new AgreementContent(AgreementKind.WorkingRules, "工作制度", null, TestAgreements.Start, null, null, [TestAgreements.Party(DemoOrgans.Yulin), TestAgreements.Party(DemoOrgans.Zhaoqing)], []),
            TestAgreements.Now);
        Assert.Equal("agreement.illegal-transition", Assert.Throws<DomainRuleException>(() => open.Expire(new DateTime(2099, 1, 1, 0, 0, 0, DateTimeKind.Utc))).Code);
    }

    [Fact]
    public void The_renewal_warning_is_due_once_per_term_end_inside_the_window()
    {
        var agreement = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var outside = new DateTime(2028, 10, 1, 8, 0, 0, DateTimeKind.Utc);
        var inside = new DateTime(2028, 10, 3, 8, 0, 0, DateTimeKind.Utc);

        Assert.False(agreement.IsRenewalDue(90, DateOnly.FromDateTime(outside)));
        Assert.True(agreement.IsRenewalDue(90, DateOnly.FromDateTime(inside)));

        agreement.WarnRenewalDue(90, inside);

        Assert.Equal(TestAgreements.End, agreement.RenewalDueFor);
        Assert.False(agreement.IsRenewalDue(90, DateOnly.FromDateTime(inside.AddDays(1))));
        Assert.Equal("agreement.renewal-not-due", Assert.Throws<DomainRuleException>(() => agreement.WarnRenewalDue(90, inside.AddDays(1))).Code);
        Assert.Equal(("renewal-due", AgreementStatus.Active, AgreementStatus.Active, "system"), Last(agreement));
    }

    private static (string, AgreementStatus?, AgreementStatus, string) Last(Agreement agreement)
    {
        var line = agreement.History[^1];
        return (line.Action, line.From, line.To, line.ByOrganId == "" ? line.By : line.ByOrganId);
    }
}
