using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Records;
using Corridor.Notifications.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.Extensions.Time.Testing;
using static Corridor.Notifications.Tests.Reminders.ReminderRoundRunner;

namespace Corridor.Notifications.Tests.Reminders;

/// <summary>A review round due within a day reminds the parties that have not approved yet, once per round.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ReviewDueReminderTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task The_parties_yet_to_approve_are_reminded_once_a_day_before_the_round_is_due()
    {
        await using var notifications = await NotificationsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var yulin = TestPerson.Coordinator(DemoOrgans.Yulin);
        var zhaoqing = TestPerson.Coordinator(DemoOrgans.Zhaoqing);
        var secretariat = TestPerson.Secretariat();
        await notifications.AnnounceAsync(yulin, zhaoqing, secretariat);
        var dueAt = new DateTime(2030, 3, 10, 16, 0, 0, DateTimeKind.Utc);
        var project = new TrackedProject(Guid.NewGuid(), "450900");
        project.Named("玉林—肇庆 党建联建产业合作项目");
        project.ReviewStarted(1, dueAt, ["coordinator:450900", "coordinator:441200", "secretariat"], 3);
        project.ApprovalRecorded(["coordinator:441200", "secretariat"], 4);
        await notifications.Host.QueryAsync<NotificationsDbContext, int>(db =>
        {
            db.Projects.Add(project);
            return db.SaveChangesAsync();
        });
        var clock = new FakeTimeProvider(new DateTimeOffset(dueAt.AddHours(-25), TimeSpan.Zero));

        Assert.Equal(0, await RunAsync(notifications, clock));
        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await RunAsync(notifications, clock));
        Assert.Equal(0, await RunAsync(notifications, clock));

        var told = await CountAsync(notifications, "project.review-due-soon");
        Assert.Equal(1, told[zhaoqing.Id]);
        Assert.Equal(1, told[secretariat.Id]);
        Assert.False(told.ContainsKey(yulin.Id));
        var reminder = (await notifications.InboxAsync(zhaoqing, "?kind=project.review-due-soon")).GetProperty("items")[0];
        Assert.Equal("审核即将到期：玉林—肇庆 党建联建产业合作项目", reminder.GetProperty("subject").GetString());
        Assert.Contains("2030-03-11 00:00", reminder.GetProperty("body").GetString());
    }
}
