using Corridor.Notifications.Reminders;
using Corridor.Notifications.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.Extensions.Time.Testing;
using static Corridor.Notifications.Tests.Reminders.ReminderRoundRunner;

namespace Corridor.Notifications.Tests.Reminders;

/// <summary>Every Monday from 09:00 China time, one digest per coordinator of their region's red and yellow problems.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class WeeklyDigestTests(SharedRabbitMq rabbitMq)
{
    private static readonly ReminderOptions DigestOnly = new() { WeeklyDigest = true };

    [SkippableFact]
    public async Task Each_coordinator_gets_one_digest_a_week_listing_the_red_and_yellow_problems_of_their_region()
    {
        await using var notifications = await NotificationsHost.StartAsync(
            await rabbitMq.CreateVirtualHostAsync(), new Dictionary<string, string?> { ["Notifications:Reminders:WeeklyDigest"] = "false" });
        var yulin = TestPerson.Coordinator(DemoOrgans.Yulin);
        var yulinDeputy = TestPerson.Coordinator(DemoOrgans.Yulin);
        var zhaoqing = TestPerson.Coordinator(DemoOrgans.Zhaoqing);
        var staff = TestPerson.Staff(DemoOrgans.YulinBureau);
        await notifications.AnnounceAsync(yulin, yulinDeputy, zhaoqing, staff);
        await TrackAsync(
            notifications,
            Accepted("口岸通关红灯问题", DemoOrgans.YulinBureau.Id, "450900", new DateOnly(2030, 3, 1)),
            Accepted("园区用地黄灯问题", DemoOrgans.YulinBureau.Id, "450900", new DateOnly(2030, 3, 6)),
            Accepted("下月到期的问题", DemoOrgans.YulinBureau.Id, "450900", new DateOnly(2030, 4, 6)));
        // Monday 2030-03-04, 08:59 China time: not yet.
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 3, 4, 0, 59, 0, TimeSpan.Zero));
        await RunAsync(notifications, clock, DigestOnly);
        Assert.Empty(await CountAsync(notifications, "digest.weekly"));

        clock.Advance(TimeSpan.FromMinutes(1));
        await RunAsync(notifications, clock, DigestOnly);
        clock.Advance(TimeSpan.FromDays(3));
        await RunAsync(notifications, clock, DigestOnly);

        var told = await CountAsync(notifications, "digest.weekly");
        Assert.Equal(1, told[yulin.Id]);
        Assert.Equal(1, told[yulinDeputy.Id]);
        Assert.Equal(1, told[zhaoqing.Id]);
        Assert.False(told.ContainsKey(staff.Id));
        var digest = (await notifications.InboxAsync(yulin, "?kind=digest.weekly")).GetProperty("items")[0];
        Assert.Equal("red", digest.GetProperty("severity").GetString());
        Assert.Equal("每周督办摘要（2030-W10）：红灯 1，黄灯 1", digest.GetProperty("subject").GetString());
        Assert.Contains("口岸通关红灯问题", digest.GetProperty("body").GetString());
        Assert.Contains("园区用地黄灯问题", digest.GetProperty("body").GetString());
        Assert.DoesNotContain("下月到期的问题", digest.GetProperty("body").GetString());
        var quiet = (await notifications.InboxAsync(zhaoqing, "?kind=digest.weekly")).GetProperty("items")[0];
        Assert.Equal("每周督办摘要（2030-W10）：红灯 0，黄灯 0", quiet.GetProperty("subject").GetString());

        // The next Monday, the next week's digest.
        clock.Advance(TimeSpan.FromDays(4));
        await RunAsync(notifications, clock, DigestOnly);
        Assert.Equal(2, (await CountAsync(notifications, "digest.weekly"))[yulin.Id]);
    }
}
