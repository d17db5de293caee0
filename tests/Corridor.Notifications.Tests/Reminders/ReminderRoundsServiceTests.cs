using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Tests.Integration;
using Corridor.Notifications.Texts;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;
using static Corridor.Notifications.Tests.Reminders.ReminderRoundRunner;

namespace Corridor.Notifications.Tests.Reminders;

/// <summary>The hosted service runs the rounds by itself, on the real clock.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ReminderRoundsServiceTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task A_problem_due_tomorrow_is_reminded_without_anyone_running_a_round()
    {
        await using var notifications = await NotificationsHost.StartAsync(
            await rabbitMq.CreateVirtualHostAsync(),
            new Dictionary<string, string?> { ["Notifications:Reminders:Interval"] = "00:00:00.200", ["Notifications:Reminders:WeeklyDigest"] = "false" });
        var responsible = TestPerson.Staff(DemoOrgans.YulinBureau);
        await notifications.AnnounceAsync(responsible);
        var problem = Accepted("明天到期的问题", DemoOrgans.YulinBureau.Id, "450900", ChinaTime.Today(TimeProvider.System).AddDays(1));
        await TrackAsync(notifications, problem);

        var reminder = (await notifications.WaitForInboxAsync(responsible, 1, "?kind=problem.due-soon"))[0];

        Assert.Equal("yellow", reminder.GetProperty("severity").GetString());
        Assert.Equal(1, await notifications.Host.QueryAsync<NotificationsDbContext, int>(db => db.ReminderMarks.CountAsync()));
    }
}
