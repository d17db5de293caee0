using Corridor.Agreements.Activities;
using Corridor.Agreements.Agreements;
using Corridor.BuildingBlocks.Domain;
using Corridor.Testing;

namespace Corridor.Agreements.Tests.Activities;

public sealed class ReviseActivityTests
{
    private static readonly DateTime Now = TestAgreements.Now.AddDays(20);

    [Fact]
    public void The_recording_region_corrects_its_activity_by_the_rules_of_recording_it_and_nobody_else_does()
    {
        var agreement = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var activity = Activity.Record(agreement, TestAgreements.Member(DemoOrgans.Zhaoqing), Input(60), Now, "ZQ-ACT-1");

        var otherRegion = Assert.Throws<ForbiddenException>(() => activity.Revise(agreement, TestAgreements.Member(DemoOrgans.Yulin), Input(61), Now));
        var outsideTerm = Assert.Throws<DomainRuleException>(() => activity.Revise(agreement, TestAgreements.Member(DemoOrgans.Zhaoqing), Input(61) with { Date = new DateOnly(2025, 12, 1) }, Now));
        activity.Revise(agreement, TestAgreements.Member(DemoOrgans.Zhaoqing), Input(61), Now.AddHours(1));

        Assert.Equal("activity.other-region", otherRegion.Code);
        Assert.Equal("activity.outside-term", outsideTerm.Code);
        Assert.Equal((61, 2L, "ZQ-ACT-1"), (activity.ParticipantCount, activity.Version, activity.ExternalReference));
        Assert.Equal((DemoOrgans.Zhaoqing.Id, (DateTime?)Now.AddHours(1)), (activity.RevisedByOrganId, activity.RevisedAt));
        Assert.Equal((DemoOrgans.Zhaoqing.Id, Now), (activity.RecordedByOrganId, activity.RecordedAt));
    }

    [Fact]
    public void The_same_input_says_the_same_whatever_the_order_of_participants_and_the_spaces_around_the_summary()
    {
        var input = Input(60);

        Assert.True(input.SaysTheSameAs(input with { ParticipatingOrganIds = input.ParticipatingOrganIds.Reverse().ToArray(), Summary = $"  {input.Summary} " }));
        Assert.False(input.SaysTheSameAs(input with { ParticipantCount = 59 }));
        Assert.False(input.SaysTheSameAs(input with { ParticipatingOrganIds = [DemoOrgans.Yulin.Id] }));
    }

    private static ActivityInput Input(int participants) => new(
        CooperationArea.JointStudy,
        new DateOnly(2026, 5, 10),
        DemoOrgans.Yulin.Id,
        [DemoOrgans.Yulin.Id, DemoOrgans.Zhaoqing.Id],
        participants,
        "两市机关党员联学",
        null);
}
