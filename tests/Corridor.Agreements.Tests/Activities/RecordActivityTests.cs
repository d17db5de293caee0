using Corridor.Agreements.Activities;
using Corridor.Agreements.Agreements;
using Corridor.BuildingBlocks.Domain;
using Corridor.Testing;

namespace Corridor.Agreements.Tests.Activities;

public sealed class RecordActivityTests
{
    private static readonly DateTime Now = TestAgreements.Now.AddDays(20);

    [Fact]
    public void A_party_records_an_activity_hosted_by_a_party_within_the_term()
    {
        var agreement = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        var activity = Activity.Record(agreement, TestAgreements.Member(DemoOrgans.Zhaoqing), Input(new DateOnly(2026, 5, 10)), Now);

        Assert.Equal((agreement.Id, CooperationArea.JointStudy, DemoOrgans.Yulin.Id, 60), (activity.AgreementId, activity.Area, activity.HostOrganId, activity.ParticipantCount));
        Assert.Equal([DemoOrgans.Yulin.Id, DemoOrgans.Zhaoqing.Id, DemoOrgans.Qinzhou.Id], activity.ParticipatingOrganIds);
        Assert.Equal((DemoOrgans.Zhaoqing.Id, Now), (activity.RecordedByOrganId, activity.RecordedAt));
        Assert.Equal(1, activity.Version);
    }

    [Theory]
    [InlineData("2025-12-31")]
    [InlineData("2029-01-01")]
    public void An_activity_outside_the_term_is_refused(string date)
    {
        var agreement = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        var refused = Assert.Throws<DomainRuleException>(() =>
            Activity.Record(agreement, TestAgreements.Member(DemoOrgans.Yulin), Input(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), new DateTime(2029, 6, 1, 0, 0, 0, DateTimeKind.Utc)));

        Assert.Equal("activity.outside-term", refused.Code);
    }

    [Fact]
    public void Only_a_party_records_and_the_host_must_be_a_party()
    {
        var agreement = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        var outsider = Assert.Throws<ForbiddenException>(() => Activity.Record(agreement, TestAgreements.Member(DemoOrgans.Qinzhou), Input(new DateOnly(2026, 5, 10)), Now));
        var secretariat = Assert.Throws<ForbiddenException>(() => Activity.Record(agreement, TestAgreements.Secretariat(), Input(new DateOnly(2026, 5, 10)), Now));
        var host = Assert.Throws<DomainRuleException>(() =>
            Activity.Record(agreement, TestAgreements.Member(DemoOrgans.Yulin), Input(new DateOnly(2026, 5, 10)) with { HostOrganId = DemoOrgans.Qinzhou.Id }, Now));

        Assert.Equal(("activity.not-a-party", "activity.not-a-party", "activity.host-not-a-party"), (outsider.Code, secretariat.Code, host.Code));
    }

    [Fact]
    public void No_activity_before_the_agreement_is_in_force_in_the_future_or_during_a_suspension()
    {
        var pending = TestAgreements.Proposed(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var active = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var yulin = TestAgreements.Member(DemoOrgans.Yulin);

        Assert.Equal("activity.agreement-not-in-force", Assert.Throws<DomainRuleException>(() => Activity.Record(pending, yulin, Input(new DateOnly(2026, 5, 1)), Now)).Code);
        Assert.Equal("activity.in-the-future", Assert.Throws<DomainRuleException>(() => Activity.Record(active, yulin, Input(new DateOnly(2026, 6, 30)), Now)).Code);

        active.Suspend(yulin, "暂停", new DateTime(2026, 5, 15, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal("activity.agreement-not-in-force", Assert.Throws<DomainRuleException>(() => Activity.Record(active, yulin, Input(new DateOnly(2026, 5, 20)), Now)).Code);
        Activity.Record(active, yulin, Input(new DateOnly(2026, 5, 10)), Now);
    }

    [Fact]
    public void An_activity_after_the_agreement_ended_is_refused_but_one_before_can_still_be_recorded()
    {
        var agreement = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var yulin = TestAgreements.Member(DemoOrgans.Yulin);
        agreement.Terminate(yulin, "终止", new DocumentReference(new string('e', 64), "oa://t.pdf"), new DateTime(2026, 5, 12, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal("activity.agreement-not-in-force", Assert.Throws<DomainRuleException>(() => Activity.Record(agreement, yulin, Input(new DateOnly(2026, 5, 13)), Now)).Code);
        Activity.Record(agreement, yulin, Input(new DateOnly(2026, 5, 11)), Now);
    }

    private static ActivityInput Input(DateOnly date) => new(
        CooperationArea.JointStudy,
        date,
        DemoOrgans.Yulin.Id,
        [DemoOrgans.Yulin.Id, DemoOrgans.Zhaoqing.Id, DemoOrgans.Qinzhou.Id, DemoOrgans.Yulin.Id],
        60,
        "两市机关党员干部联合开展专题学习研讨",
        new DocumentReference(new string('a', 64), "oa://yulin/2026/study-05.pdf"));
}
