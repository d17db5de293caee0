using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Records;
using Corridor.Notifications.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static Corridor.Notifications.Tests.Reminders.ReminderRoundRunner;

namespace Corridor.Notifications.Tests.Reminders;

/// <summary>
/// Yellow before a problem's due date and red after it, each once, also when two rounds run at the same moment. The
/// dates lie in 2030, so the host's own rounds (on the real clock) find nothing to light.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ProblemLightTests(SharedRabbitMq rabbitMq)
{
    private static readonly DateOnly Due = new(2030, 3, 3);

    [SkippableFact]
    public async Task A_problem_due_in_two_days_gets_one_yellow_reminder_to_its_responsible_and_co_responsible_organs()
    {
        await using var notifications = await NotificationsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var responsible = TestPerson.Staff(DemoOrgans.YulinBureau);
        var coResponsible = TestPerson.Staff(DemoOrgans.Hezhou);
        var coordinator = TestPerson.Coordinator(DemoOrgans.Yulin);
        await notifications.AnnounceAsync(responsible, coResponsible, coordinator);
        var problem = Accepted("跨省物流园区用地指标协调", DemoOrgans.YulinBureau.Id, "450900", Due, DemoOrgans.Hezhou.Id);
        await TrackAsync(notifications, problem);
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 3, 1, 2, 0, 0, TimeSpan.Zero));

        Assert.Equal(1, await RunAsync(notifications, clock));
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await RunAsync(notifications, clock));

        var told = await CountAsync(notifications, "problem.due-soon");
        Assert.Equal(1, told[responsible.Id]);
        Assert.Equal(1, told[coResponsible.Id]);
        Assert.False(told.ContainsKey(coordinator.Id));
        var reminder = (await notifications.InboxAsync(responsible, "?kind=problem.due-soon")).GetProperty("items")[0];
        Assert.Equal("yellow", reminder.GetProperty("severity").GetString());
        Assert.Equal("黄灯提醒：跨省物流园区用地指标协调", reminder.GetProperty("subject").GetString());
        Assert.Contains("2 天后（2030-03-03）", reminder.GetProperty("body").GetString());
        Assert.Contains("玉林市商务局", reminder.GetProperty("body").GetString());
    }

    [SkippableFact]
    public async Task After_the_due_date_one_red_light_reaches_the_responsible_organ_and_its_regions_coordinator()
    {
        await using var notifications = await NotificationsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var responsible = TestPerson.Staff(DemoOrgans.YulinBureau);
        var coResponsible = TestPerson.Staff(DemoOrgans.Hezhou);
        var coordinator = TestPerson.Coordinator(DemoOrgans.Yulin);
        var otherCoordinator = TestPerson.Coordinator(DemoOrgans.Zhaoqing);
        await notifications.AnnounceAsync(responsible, coResponsible, coordinator, otherCoordinator);
        await TrackAsync(notifications, Accepted("边境口岸通关便利化", DemoOrgans.YulinBureau.Id, "450900", Due, DemoOrgans.Hezhou.Id));
        // 2030-03-04 00:30 in China: the first day after the due date.
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 3, 3, 16, 30, 0, TimeSpan.Zero));

        Assert.Equal(1, await RunAsync(notifications, clock));
        clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await RunAsync(notifications, clock));

        var told = await CountAsync(notifications, "problem.overdue");
        Assert.Equal(1, told[responsible.Id]);
        Assert.Equal(1, told[coordinator.Id]);
        Assert.False(told.ContainsKey(coResponsible.Id));
        Assert.False(told.ContainsKey(otherCoordinator.Id));
        Assert.Empty(await CountAsync(notifications, "problem.due-soon"));
        var red = (await notifications.InboxAsync(coordinator, "?kind=problem.overdue")).GetProperty("items")[0];
        Assert.Equal("red", red.GetProperty("severity").GetString());
        Assert.Contains("逾期 1 天", red.GetProperty("body").GetString());
    }

    [SkippableFact]
    public async Task Two_rounds_running_at_the_same_moment_send_each_reminder_once()
    {
        await using var notifications = await NotificationsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var responsible = TestPerson.Staff(DemoOrgans.YulinBureau);
        var coordinator = TestPerson.Coordinator(DemoOrgans.Yulin);
        await notifications.AnnounceAsync(responsible, coordinator);
        var soon = Enumerable.Range(1, 5).Select(i => Accepted($"即将到期{i}", DemoOrgans.YulinBureau.Id, "450900", Due)).ToArray();
        var late = Enumerable.Range(1, 5).Select(i => Accepted($"已逾期{i}", DemoOrgans.YulinBureau.Id, "450900", Due.AddDays(-5))).ToArray();
        await TrackAsync(notifications, [.. soon, .. late]);
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 3, 1, 2, 0, 0, TimeSpan.Zero));

        var rounds = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => RunAsync(notifications, clock)));

        Assert.Equal(10, rounds.Sum());
        Assert.Equal(5, (await CountAsync(notifications, "problem.due-soon"))[responsible.Id]);
        Assert.Equal(5, (await CountAsync(notifications, "problem.overdue"))[responsible.Id]);
        Assert.Equal(5, (await CountAsync(notifications, "problem.overdue"))[coordinator.Id]);
        Assert.Equal(10, await notifications.Host.QueryAsync<NotificationsDbContext, int>(db => db.ReminderMarks.CountAsync()));
    }

    [SkippableFact]
    public async Task A_resolved_problem_and_one_due_later_get_no_reminder_and_a_new_due_date_lights_again()
    {
        await using var notifications = await NotificationsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var responsible = TestPerson.Staff(DemoOrgans.YulinBureau);
        await notifications.AnnounceAsync(responsible);
        var resolved = Accepted("已办结的问题", DemoOrgans.YulinBureau.Id, "450900", Due);
        resolved.Advance(ProblemStage.Resolved, 3);
        var later = Accepted("下月到期的问题", DemoOrgans.YulinBureau.Id, "450900", Due.AddDays(30));
        var reopened = Accepted("重办的问题", DemoOrgans.YulinBureau.Id, "450900", Due);
        await TrackAsync(notifications, resolved, later, reopened);
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 3, 1, 2, 0, 0, TimeSpan.Zero));

        Assert.Equal(1, await RunAsync(notifications, clock));
        Assert.Equal(
            reopened.ProblemId,
            Assert.Single(await notifications.Host.QueryAsync<NotificationsDbContext, List<Guid>>(db => db.Notifications.Select(n => n.RecordId).ToListAsync())));

        // Reopened and accepted again with a later due date: a new threshold.
        await notifications.Host.QueryAsync<NotificationsDbContext, int>(async db =>
        {
            var tracked = await db.Problems.SingleAsync(p => p.ProblemId == reopened.ProblemId);
            tracked.Advance(ProblemStage.Resolved, 3);
            tracked.Accepted(DemoOrgans.YulinBureau.Id, "450900", [], Due.AddDays(7), 4);
            return await db.SaveChangesAsync();
        });
        Assert.Equal(0, await RunAsync(notifications, clock));
        clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(1, await RunAsync(notifications, clock));
        Assert.Equal(2, (await CountAsync(notifications, "problem.due-soon"))[responsible.Id]);
    }
}
