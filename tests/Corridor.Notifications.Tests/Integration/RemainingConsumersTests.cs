using Corridor.Contracts.Events;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.Notifications.Tests.Integration;

/// <summary>Agreements, review rounds and matches reach the organs and coordinators who must act, and not the ones who acted.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class RemainingConsumersTests(SharedRabbitMq rabbitMq)
{
    private static readonly DateTime At = new(2026, 6, 1, 2, 0, 0, DateTimeKind.Utc);

    [SkippableFact]
    public async Task A_proposed_agreement_asks_the_other_parties_to_sign_and_its_suspension_reaches_every_party()
    {
        await using var notifications = await NotificationsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var proposer = TestPerson.Staff(DemoOrgans.Yulin);
        var partner = TestPerson.Staff(DemoOrgans.Zhaoqing);
        var thirdParty = TestPerson.Staff(DemoOrgans.Hezhou);
        var outsider = TestPerson.Staff(DemoOrgans.Zhanjiang);
        await notifications.AnnounceAsync(proposer, partner, thirdParty, outsider);
        var agreementId = Guid.NewGuid();
        await notifications.PublishAsync(new AgreementProposed(
            agreementId, "Framework", "桂粤党建联建框架协议", [DemoOrgans.Yulin.Id, DemoOrgans.Zhaoqing.Id, DemoOrgans.Hezhou.Id],
            new DateOnly(2026, 7, 1), new DateOnly(2029, 6, 30), DemoOrgans.Yulin.Id, 1, At));

        var toSign = (await notifications.WaitForInboxAsync(partner, 1))[0];
        Assert.Equal("agreement.proposed", toSign.GetProperty("kind").GetString());
        Assert.Equal("合作协议待签署：桂粤党建联建框架协议", toSign.GetProperty("subject").GetString());
        Assert.Contains("玉林市直属机关工作委员会", toSign.GetProperty("body").GetString());
        Assert.Equal($"/agreements/{agreementId}", toSign.GetProperty("record").GetProperty("link").GetString());
        await notifications.WaitForInboxAsync(thirdParty, 1);

        // The suspension names only the agreement: its parties and title come from the proposal.
        await notifications.PublishAsync(new AgreementSuspended(agreementId, "项目资金暂未落实", 5, At));
        var suspended = (await notifications.WaitForInboxAsync(proposer, 1))[0];
        Assert.Equal("agreement.suspended", suspended.GetProperty("kind").GetString());
        Assert.Equal("协议已中止：桂粤党建联建框架协议", suspended.GetProperty("subject").GetString());
        Assert.Equal(2, (await notifications.WaitForInboxAsync(partner, 2)).Length);
        Assert.Equal(2, (await notifications.WaitForInboxAsync(thirdParty, 2)).Length);
        Assert.Single((await notifications.InboxAsync(proposer)).GetProperty("items").EnumerateArray());
        Assert.Empty((await notifications.InboxAsync(outsider)).GetProperty("items").EnumerateArray());
    }

    [SkippableFact]
    public async Task Review_parties_as_Lists_keys_them_are_told_and_a_project_sent_back_reaches_the_pen_holding_region()
    {
        await using var notifications = await NotificationsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var yulin = TestPerson.Coordinator(DemoOrgans.Yulin);
        var zhaoqing = TestPerson.Coordinator(DemoOrgans.Zhaoqing);
        var secretariat = TestPerson.Secretariat();
        await notifications.AnnounceAsync(yulin, zhaoqing, secretariat);
        var projectId = Guid.NewGuid();
        await notifications.PublishAsync(new ProjectSubmitted(
            projectId, "玉林—肇庆 产业园共建", "450900", 1, 1, ["coordinator:450900", "coordinator:441200", "secretariat"],
            new DateTime(2026, 6, 10, 16, 0, 0, DateTimeKind.Utc), 4, At));
        await notifications.WaitForInboxAsync(yulin, 1);
        await notifications.WaitForInboxAsync(zhaoqing, 1);
        await notifications.WaitForInboxAsync(secretariat, 1);

        await notifications.PublishAsync(new ProjectChangesRequested(projectId, "450900", 1, "coordinator:441200", "请补充资金来源", 5, At));

        var sentBack = (await notifications.WaitForInboxAsync(yulin, 2))[0];
        Assert.Equal("project.changes-requested", sentBack.GetProperty("kind").GetString());
        Assert.Equal("联建项目退回修改：玉林—肇庆 产业园共建", sentBack.GetProperty("subject").GetString());
        Assert.Contains("请补充资金来源", sentBack.GetProperty("body").GetString());
        Assert.Single((await notifications.InboxAsync(zhaoqing)).GetProperty("items").EnumerateArray());
    }

    [SkippableFact]
    public async Task A_proposed_match_reaches_the_other_side_and_its_decline_the_proposer()
    {
        await using var notifications = await NotificationsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var raiser = TestPerson.Staff(DemoOrgans.Zhaoqing);
        var offerer = TestPerson.Staff(DemoOrgans.YulinBureau);
        await notifications.AnnounceAsync(raiser, offerer);
        var problemId = Guid.NewGuid();
        await notifications.PublishAsync(new ProblemRaised(
            problemId, "441200", "450900", DemoOrgans.Zhaoqing.Id, "冷链物流仓储缺口", "Logistics", "High", null, 1, At));
        var matchId = Guid.NewGuid();
        await notifications.PublishAsync(new MatchProposed(
            matchId, problemId, Guid.NewGuid(), DemoOrgans.Zhaoqing.Id, DemoOrgans.YulinBureau.Id, DemoOrgans.Zhaoqing.Id, 1, At));

        var proposed = (await notifications.WaitForInboxAsync(offerer, 1))[0];
        Assert.Equal("match.proposed", proposed.GetProperty("kind").GetString());
        Assert.Empty((await notifications.InboxAsync(raiser)).GetProperty("items").EnumerateArray());

        await notifications.PublishAsync(new MatchDeclined(
            matchId, problemId, Guid.NewGuid(), DemoOrgans.Zhaoqing.Id, DemoOrgans.YulinBureau.Id, DemoOrgans.YulinBureau.Id, "库容已满", 2, At));
        var declined = (await notifications.WaitForInboxAsync(raiser, 1))[0];
        Assert.Equal("match.declined", declined.GetProperty("kind").GetString());
        Assert.Contains("库容已满", declined.GetProperty("body").GetString());
        Assert.Contains("玉林市商务局", declined.GetProperty("body").GetString());
        Assert.Single((await notifications.InboxAsync(offerer)).GetProperty("items").EnumerateArray());
    }
}
