using Corridor.Agreements.Agreements;
using Corridor.BuildingBlocks.Domain;
using Corridor.Testing;

namespace Corridor.Agreements.Tests.Amendments;

/// <summary>
/// The last signature of an amendment arriving after the agreement ended (terminated, expired, or its term over
/// before the job expired it) is refused and adopts nothing; the amendment stays unadopted.
/// </summary>
public sealed class AmendmentLapseTests
{
    private static readonly DateTime Later = TestAgreements.Now.AddDays(30);
    private static readonly AmendedTerm LongerTerm = new(TestAgreements.Start, new DateOnly(2030, 12, 31));

    [Fact]
    public void The_last_signature_after_a_termination_is_refused_and_adopts_nothing()
    {
        var agreement = PendingAmendmentSignedByYulin();
        agreement.Terminate(TestAgreements.Member(DemoOrgans.Yulin), "终止合作", new DocumentReference(new string('0', 64), "oa://terminate.pdf"), Later);

        var refused = Assert.Throws<DomainRuleException>(() => SignByZhaoqing(agreement, Later));

        Assert.Equal("agreement.not-in-force", refused.Code);
        AssertNotAdopted(agreement, AgreementStatus.Terminated);
    }

    [Fact]
    public void The_last_signature_after_the_agreement_expired_is_refused_and_adopts_nothing()
    {
        var agreement = PendingAmendmentSignedByYulin();
        var afterTerm = TestAgreements.End.AddDays(1).ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc);
        agreement.Expire(afterTerm);

        var refused = Assert.Throws<DomainRuleException>(() => SignByZhaoqing(agreement, afterTerm));

        Assert.Equal("agreement.not-in-force", refused.Code);
        AssertNotAdopted(agreement, AgreementStatus.Expired);
    }

    [Fact]
    public void The_last_signature_the_day_after_the_term_ended_is_refused_before_the_job_expires_the_agreement()
    {
        var agreement = PendingAmendmentSignedByYulin();
        var lastDay = TestAgreements.End.ToDateTime(new TimeOnly(23, 59), DateTimeKind.Utc);
        var dayAfter = TestAgreements.End.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

        var refused = Assert.Throws<DomainRuleException>(() => SignByZhaoqing(agreement, dayAfter));

        Assert.Equal("agreement.term-over", refused.Code);
        AssertNotAdopted(agreement, AgreementStatus.Active);
        SignByZhaoqing(agreement, lastDay);
        Assert.Equal(AmendmentStatus.Adopted, agreement.Amendments[0].Status);
    }

    private static Agreement PendingAmendmentSignedByYulin()
    {
        var agreement = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        agreement.ProposeAmendment(TestAgreements.Member(DemoOrgans.Yulin), "延长协议期限", new AmendmentChanges(null, LongerTerm, null), [], Later);
        agreement.SignAmendment(TestAgreements.Member(DemoOrgans.Yulin), 1, DemoOrgans.Yulin.Id, DemoOrgans.Yulin.Name, [], Later);
        return agreement;
    }

    private static void SignByZhaoqing(Agreement agreement, DateTime at) =>
        agreement.SignAmendment(TestAgreements.Member(DemoOrgans.Zhaoqing), 1, DemoOrgans.Zhaoqing.Id, DemoOrgans.Zhaoqing.Name, [], at);

    private static void AssertNotAdopted(Agreement agreement, AgreementStatus status)
    {
        Assert.Equal(AmendmentStatus.PendingSignatures, agreement.Amendments[0].Status);
        Assert.Equal(TestAgreements.End, agreement.TermEnd);
        Assert.Equal(status, agreement.Status);
    }
}
